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
        // The bytes are read asynchronously into memory (DocumentLoader already hands over a MemoryStream); parsing
        // them is then synchronous, which is several times faster than the asynchronous XmlReader.
        var buffer = input as MemoryStream;
        if (buffer is null)
        {
            buffer = input.CanSeek ? new MemoryStream(checked((int)Math.Max(0, input.Length - input.Position))) : new MemoryStream();
            await input.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            buffer.Position = 0;
        }

        using var reader = SecureXmlStreaming.Create(buffer, async: false);
        try
        {
            return ReadDocument(reader, fileName, options, cancellationToken);
        }
        catch (XmlException ex)
        {
            throw SecureXmlStreaming.ToFormatError(ex, fileName);
        }
        finally
        {
            if (!ReferenceEquals(buffer, input))
            {
                await buffer.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static BilingualDocument ReadDocument(XmlReader reader, string fileName, ReadOptions options, CancellationToken cancellationToken)
    {
        while (reader.Read() && reader.NodeType != XmlNodeType.Element)
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
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            switch (reader.LocalName)
            {
                case "header" when units is null:
                    var header = (XElement)XNode.ReadFrom(reader);
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
                        var (line, column) = SecureXmlStreaming.PositionOf(reader);
                        throw new DocumentFormatException(fileName, line, column, "a <tu> comes before the TMX <header>; the header must come first");
                    }

                    if (units.Read(reader) is { } segment)
                    {
                        segments.Add(segment);
                    }

                    break;
                default:
                    reader.Read();
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
