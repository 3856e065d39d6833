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
    static SecureXml()
    {
        // XML files from older tools declare legacy code pages (windows-1252, windows-1254…); .NET only knows
        // them once the code-page provider is registered.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    /// <summary>Loads a whole XML document with line information on every node.</summary>
    public static async Task<XDocument> LoadAsync(Stream input, string fileName, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings
        {
            Async = true,
            // Parse (not Prohibit): real TMX and TBX files carry <!DOCTYPE tmx SYSTEM "tmx14.dtd">. The DTD is
            // never fetched (no resolver) and an internal subset with entity declarations is refused below.
            DtdProcessing = DtdProcessing.Parse,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreProcessingInstructions = false,
            CloseInput = false,
        };

        try
        {
            using var reader = XmlReader.Create(input, settings);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.NodeType == XmlNodeType.DocumentType)
                {
                    RefuseEntityDeclarations(reader, fileName);
                }
                else if (reader.NodeType == XmlNodeType.Element)
                {
                    var root = await XElement.LoadAsync(reader, LoadOptions.SetLineInfo, cancellationToken).ConfigureAwait(false);
                    return new XDocument(root);
                }
            }
        }
        catch (XmlException ex)
        {
            throw new DocumentFormatException(fileName, ex.LineNumber, ex.LinePosition, Explain(ex), ex);
        }

        throw new DocumentFormatException(fileName, "the file holds no XML element");
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

    private static void RefuseEntityDeclarations(XmlReader reader, string fileName)
    {
        if (reader.Value.Contains("<!ENTITY", StringComparison.Ordinal))
        {
            var info = (IXmlLineInfo)reader;
            throw new DocumentFormatException(fileName, info.LineNumber, info.LinePosition,
                "the DOCTYPE declares entities; entity declarations are refused because they can read local files (XXE) or expand without bound");
        }
    }

    private static string Explain(XmlException ex)
    {
        var message = PositionSuffix().Replace(ex.Message, string.Empty).Trim();
        if (message.Contains("undeclared entity", StringComparison.OrdinalIgnoreCase))
        {
            return "not well-formed XML: " + message + " (only the five XML entities and character references are allowed)";
        }

        if (message.Contains("encoding", StringComparison.OrdinalIgnoreCase))
        {
            return "the bytes do not match the file's declared encoding (" + message + ")";
        }

        return "not well-formed XML: " + message;
    }

    [GeneratedRegex(@"\s*Line \d+, position \d+\.?\s*$")]
    private static partial Regex PositionSuffix();
}
