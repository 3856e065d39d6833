using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Tmx;

/// <summary>
/// Reads TMX 1.4b (and 1.1–1.3) translation memories, one <c>&lt;tu&gt;</c> at a time from a streaming reader so
/// that a 50 MB memory never exists as one XML tree. Each unit becomes a segment in the source and target language.
/// </summary>
public sealed partial class TmxReader : IBilingualReader
{
    /// <inheritdoc />
    public string FormatId => "tmx";

    /// <inheritdoc />
    public bool CanRead(string fileName, string head)
    {
        if (TmxRoot().IsMatch(head))
        {
            return true;
        }

        return string.Equals(Path.GetExtension(fileName), ".tmx", StringComparison.OrdinalIgnoreCase)
            && !head.Contains("<xliff", StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public async Task<BilingualDocument> ReadAsync(Stream input, string fileName, ReadOptions options, CancellationToken cancellationToken)
    {
        using var reader = SecureXmlStreaming.Create(input, async: true);
        try
        {
            return await ReadDocumentAsync(reader, fileName, options, cancellationToken).ConfigureAwait(false);
        }
        catch (XmlException ex)
        {
            throw SecureXmlStreaming.ToFormatError(ex, fileName);
        }
    }

    private static async Task<BilingualDocument> ReadDocumentAsync(XmlReader reader, string fileName, ReadOptions options, CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync().ConfigureAwait(false) && reader.NodeType != XmlNodeType.Element)
        {
            SecureXmlStreaming.CheckNode(reader, fileName);
        }

        if (reader.NodeType != XmlNodeType.Element)
        {
            throw new DocumentFormatException(fileName, "the file holds no XML element");
        }

        if (reader.LocalName != "tmx")
        {
            var (line, column) = SecureXmlStreaming.PositionOf(reader);
            throw new DocumentFormatException(fileName, line, column, $"expected a <tmx> root element, found <{reader.LocalName}>");
        }

        var properties = new Dictionary<string, string>(StringComparer.Ordinal) { [TmxNames.Version] = reader.GetAttribute("version") ?? "1.4" };
        var preserved = new List<string>();
        var segments = new List<Segment>();
        TmxUnitReader? units = null;
        await reader.ReadAsync().ConfigureAwait(false);
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                await reader.ReadAsync().ConfigureAwait(false);
                continue;
            }

            var (line, column) = SecureXmlStreaming.PositionOf(reader);
            switch (reader.LocalName)
            {
                case "header" when units is null:
                    var header = (XElement)await XNode.ReadFromAsync(reader, cancellationToken).ConfigureAwait(false);
                    foreach (var attribute in header.Attributes())
                    {
                        properties[TmxNames.HeaderPrefix + attribute.Name.LocalName] = attribute.Value;
                    }

                    preserved.Add(header.ToString(SaveOptions.DisableFormatting));
                    units = new TmxUnitReader(fileName, (string?)header.Attribute("srclang"), options.TargetLanguage);
                    break;
                case "tu":
                    cancellationToken.ThrowIfCancellationRequested();
                    if (units is null)
                    {
                        throw new DocumentFormatException(fileName, line, column, "a <tu> comes before the TMX <header>; the header must come first");
                    }

                    var tu = (XElement)await XNode.ReadFromAsync(reader, cancellationToken).ConfigureAwait(false);
                    if (units.Read(tu, line, column) is { } segment)
                    {
                        segments.Add(segment);
                    }

                    break;
                default:
                    await reader.ReadAsync().ConfigureAwait(false);
                    break;
            }
        }

        if (units is null)
        {
            throw new DocumentFormatException(fileName, "the TMX file has no <header>");
        }

        if (units.Skipped > 0)
        {
            properties[TmxNames.SkippedUnits] = units.Skipped.ToString(CultureInfo.InvariantCulture);
        }

        var sourceLanguage = units.SourceLanguage ?? properties.GetValueOrDefault(TmxNames.HeaderPrefix + "srclang")
            ?? throw new DocumentFormatException(fileName, "the TMX <header> has no srclang attribute");
        return new BilingualDocument(fileName, sourceLanguage, units.TargetLanguage, segments)
        {
            Properties = properties,
            PreservedXml = preserved,
        };
    }

    [GeneratedRegex(@"<tmx\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex TmxRoot();
}
