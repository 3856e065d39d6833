using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace TranslationReview.Core.Formats;

/// <summary>
/// Loads XML the safe way for every XML-based format: no external resources are ever fetched, no entity
/// declarations are accepted (no XXE, no entity expansion), and every parse error becomes a
/// <see cref="DocumentFormatException"/> with the line and column.
/// </summary>
public static partial class SecureXml
{
    // XML files from older tools declare legacy code pages (windows-1252, windows-1254…); .NET only knows them once
    // the code-page provider is registered. Every reader is made here, so this runs first.
    static SecureXml() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    /// <summary>Loads a whole XML document with line information on every node.</summary>
    public static async Task<XDocument> LoadAsync(Stream input, string fileName, CancellationToken cancellationToken)
    {
        var settings = ReaderSettings(async: true);
        string? declaredEncoding = null;
        try
        {
            using var reader = XmlReader.Create(input, settings);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.NodeType == XmlNodeType.XmlDeclaration)
                {
                    declaredEncoding = reader.GetAttribute("encoding");
                }
                else if (reader.NodeType == XmlNodeType.DocumentType)
                {
                    RefuseEntityDeclarations(reader, fileName);
                }
                else if (reader.NodeType == XmlNodeType.Element)
                {
                    // XNode.ReadFromAsync records no line information; ErrorAt/PositionOf need it on every node.
                    var root = await XElement.LoadAsync(reader, LoadOptions.SetLineInfo, cancellationToken).ConfigureAwait(false);

                    // Read to the end so a second root element or text after the root is reported, not ignored.
                    while (await reader.ReadAsync().ConfigureAwait(false))
                    {
                    }

                    return new XDocument(root);
                }
            }
        }
        catch (XmlException ex)
        {
            throw new DocumentFormatException(fileName, ex.LineNumber, ex.LinePosition, Explain(ex, declaredEncoding), ex);
        }

        throw new DocumentFormatException(fileName, "the file holds no XML element");
    }

    /// <summary>
    /// The reader settings every XML format uses. DTDs are parsed, not prohibited, because real TMX and TBX files
    /// carry <c>&lt;!DOCTYPE tmx SYSTEM "tmx14.dtd"&gt;</c>; the DTD is never fetched (no resolver), entity expansion
    /// is capped, and a DOCTYPE declaring entities is refused by <see cref="RefuseEntityDeclarations"/>.
    /// </summary>
    internal static XmlReaderSettings ReaderSettings(bool async)
    {
        return new XmlReaderSettings
        {
            Async = async,
            DtdProcessing = DtdProcessing.Parse,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            CloseInput = false,
        };
    }

    /// <summary>The 1-based line and column of a node loaded by <see cref="LoadAsync"/>.</summary>
    public static (int? Line, int? Column) PositionOf(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (null, null);

    /// <summary>A format error located at a node of a loaded document.</summary>
    public static DocumentFormatException ErrorAt(string fileName, XObject node, string reason)
    {
        var (line, column) = PositionOf(node);
        return new DocumentFormatException(fileName, line, column, reason);
    }

    internal static void RefuseEntityDeclarations(XmlReader reader, string fileName)
    {
        if (reader.Value.Contains("<!ENTITY", StringComparison.Ordinal))
        {
            var info = (IXmlLineInfo)reader;
            throw new DocumentFormatException(fileName, info.LineNumber, info.LinePosition,
                "the DOCTYPE declares entities; entity declarations are refused because they can read local files (XXE) or expand without bound");
        }
    }

    internal static string Explain(XmlException ex, string? declaredEncoding = null)
    {
        var message = PositionSuffix().Replace(ex.Message, string.Empty).Trim();
        if (message.Contains("undeclared entity", StringComparison.OrdinalIgnoreCase))
        {
            return "not well-formed XML: " + message + " (only the five XML entities and character references are allowed)";
        }

        if (message.Contains("parsing EntityName", StringComparison.OrdinalIgnoreCase))
        {
            // The usual cause in translated files: "Fish & chips" typed into a segment by hand.
            return "not well-formed XML: an '&' that starts no entity; write &amp; for an ampersand in text";
        }

        if (message.Contains("does not support", StringComparison.OrdinalIgnoreCase) && message.Contains("encoding", StringComparison.OrdinalIgnoreCase))
        {
            return "the XML declaration names an unknown encoding (" + message + "); save the file as UTF-8 and declare encoding=\"UTF-8\"";
        }

        if (message.Contains("byte order mark", StringComparison.OrdinalIgnoreCase))
        {
            return "the XML declaration names UTF-16 but the file has no UTF-16 byte order mark (" + message + "); save it as UTF-8 or correct the declaration";
        }

        if (message.Contains("given encoding", StringComparison.OrdinalIgnoreCase))
        {
            var encoding = declaredEncoding ?? "UTF-8";
            var origin = declaredEncoding is null ? "the XML default when no encoding is declared" : "the encoding the file declares";
            return $"the bytes here are not valid {encoding}, {origin}; the file was probably saved in another encoding: save it as {encoding} or correct its XML declaration";
        }

        return "not well-formed XML: " + message;
    }

    [GeneratedRegex(@"\s*Line \d+, position \d+\.?\s*$")]
    private static partial Regex PositionSuffix();
}
