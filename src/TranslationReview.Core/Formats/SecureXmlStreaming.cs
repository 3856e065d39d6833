using System.Xml;

namespace TranslationReview.Core.Formats;

/// <summary>
/// The streaming counterpart of <see cref="SecureXml"/> for files too large to hold as one tree (a 50 MB TMX):
/// the same safety settings (no resource fetched, DOCTYPE entity declarations refused) and the same
/// <see cref="DocumentFormatException"/> with line and column for every parse error.
/// </summary>
public static class SecureXmlStreaming
{
    /// <summary>
    /// Opens a forward-only reader over <paramref name="input"/>. Call <see cref="CheckNode"/> on every node
    /// read before the root element, and turn <see cref="XmlException"/> into an error with <see cref="ToFormatError"/>.
    /// </summary>
    public static XmlReader Create(Stream input, bool async)
    {
        var settings = SecureXml.ReaderSettings(async);
        settings.IgnoreComments = true;
        settings.IgnoreProcessingInstructions = true;
        return XmlReader.Create(input, settings);
    }

    /// <summary>Refuses a DOCTYPE that declares entities (XXE, entity expansion).</summary>
    public static void CheckNode(XmlReader reader, string fileName)
    {
        if (reader.NodeType == XmlNodeType.DocumentType)
        {
            SecureXml.RefuseEntityDeclarations(reader, fileName);
        }
    }

    /// <summary>The error to throw for a parse failure, naming the file, line and column.</summary>
    public static DocumentFormatException ToFormatError(XmlException exception, string fileName) =>
        new(fileName, exception.LineNumber, exception.LinePosition, SecureXml.Explain(exception), exception);

    /// <summary>The 1-based line and column where <paramref name="reader"/> stands, when it tracks them.</summary>
    public static (int? Line, int? Column) PositionOf(XmlReader reader) =>
        reader is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (null, null);
}
