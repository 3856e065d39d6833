using System.Globalization;
using System.Xml;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Tmx;

/// <summary>
/// Reads one <c>&lt;tu&gt;</c> from the streaming reader into a segment: the source is the variant in the source
/// language, the target the variant in the chosen target language (the one asked for, or else the first other
/// language met in the file); other variants are kept as XML. Languages compare case-insensitively, a language
/// asked without a region takes its first regional variant, and TMX 1.1 <c>lang</c> is accepted beside <c>xml:lang</c>.
/// </summary>
internal sealed class TmxUnitReader
{
    private readonly string _fileName;
    private readonly string? _headerSource;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly TmxInlineReader _inline = new();
    private readonly TmxPropertyKeys _keys = new();
    private int _ordinal;

    public TmxUnitReader(string fileName, string? headerSourceLanguage, string? targetLanguage)
    {
        _fileName = fileName;
        _headerSource = headerSourceLanguage is null || headerSourceLanguage == "*all*" ? null : headerSourceLanguage;
        TargetLanguage = targetLanguage;
    }

    /// <summary>The target language: as asked, or the first language other than the source met so far.</summary>
    public string? TargetLanguage { get; private set; }

    /// <summary>The source language of the first unit read (the header's, unless it says <c>*all*</c>).</summary>
    public string? SourceLanguage { get; private set; }

    /// <summary>Units skipped because no variant is in the source language.</summary>
    public int Skipped { get; private set; }

    /// <summary>Reads the <c>&lt;tu&gt;</c> the reader stands on (leaving it after the element); null when it has no variant in the source language.</summary>
    public Segment? Read(XmlReader reader)
    {
        _ordinal++;
        var (line, column) = SecureXmlStreaming.PositionOf(reader);
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        CollectAttributes(reader, string.Empty, properties);
        var sourceLanguage = properties.GetValueOrDefault("srclang") is { } own && own != "*all*" ? own : _headerSource;
        var notes = new List<Note>();
        var preserved = new List<string>();
        SegmentContent? source = null;
        SegmentContent? target = null;
        if (reader.IsEmptyElement)
        {
            reader.Read();
        }
        else
        {
            var depth = reader.Depth;
            reader.Read();
            while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType == XmlNodeType.None)
                {
                    throw new XmlException("unexpected end of file inside <tu>");
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "note":
                        notes.Add(new Note(reader.ReadElementContentAsString()));
                        break;
                    case "prop":
                        var type = reader.GetAttribute("type") ?? "x-untyped";
                        TmxNames.AddNumbered(properties, _keys.Get(string.Empty, TmxNames.PropPrefix + type), reader.ReadElementContentAsString());
                        break;
                    case "tuv":
                        var language = reader.GetAttribute("xml:lang") ?? reader.GetAttribute("lang")
                            ?? throw new DocumentFormatException(_fileName, line, column, $"a <tuv> of translation unit {_ordinal} has no xml:lang attribute");
                        sourceLanguage ??= language;
                        if (source is null && Matches(language, sourceLanguage))
                        {
                            source = ReadVariant(reader, TmxNames.SourcePrefix, properties, line, column);
                        }
                        else if (target is null && (TargetLanguage is null ? !Matches(language, sourceLanguage) : Matches(language, TargetLanguage)))
                        {
                            TargetLanguage ??= language;
                            target = ReadVariant(reader, TmxNames.TargetPrefix, properties, line, column);
                        }
                        else
                        {
                            preserved.Add(reader.ReadOuterXml());
                        }

                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            reader.Read();
        }

        if (source is null)
        {
            Skipped++;
            return null;
        }

        SourceLanguage ??= sourceLanguage;
        var state = target is { PlainText.Length: > 0 } || target?.HasCodes == true ? SegmentState.Translated : SegmentState.New;
        return new Segment(UniqueId(properties.GetValueOrDefault("tuid")), source, target, state)
        {
            Notes = notes,
            Properties = properties,
            PreservedXml = preserved,
        };
    }

    private SegmentContent ReadVariant(XmlReader reader, string prefix, Dictionary<string, string> properties, int? line, int? column)
    {
        CollectAttributes(reader, prefix, properties);
        SegmentContent? content = null;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            reader.Read();
            while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType == XmlNodeType.None)
                {
                    throw new XmlException("unexpected end of file inside <tuv>");
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "seg":
                        content = _inline.ReadSeg(reader);
                        break;
                    case "prop":
                        var type = reader.GetAttribute("type") ?? "x-untyped";
                        TmxNames.AddNumbered(properties, _keys.Get(prefix, TmxNames.PropPrefix + type), reader.ReadElementContentAsString());
                        break;
                    case "note":
                        TmxNames.AddNumbered(properties, _keys.Get(prefix, TmxNames.NoteKey), reader.ReadElementContentAsString());
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }

        reader.Read();
        return content ?? throw new DocumentFormatException(_fileName, line, column, $"a <tuv> of translation unit {_ordinal} has no <seg>");
    }

    private void CollectAttributes(XmlReader reader, string prefix, Dictionary<string, string> properties)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            if (reader.Prefix != "xmlns" && reader.Name != "xmlns")
            {
                properties[_keys.Get(prefix, reader.Name)] = reader.Value;
            }
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }

    private static bool Matches(string language, string? wanted) =>
        wanted is not null
        && (string.Equals(language, wanted, StringComparison.OrdinalIgnoreCase)
            // "fr" asked, "fr-CA" present: a language without a region takes its regional variant.
            || (!wanted.Contains('-', StringComparison.Ordinal) && language.Length > wanted.Length && language[wanted.Length] == '-'
                && language.StartsWith(wanted, StringComparison.OrdinalIgnoreCase)));

    private string UniqueId(string? tuid)
    {
        var id = tuid ?? _ordinal.ToString(CultureInfo.InvariantCulture);
        if (_ids.Add(id))
        {
            return id;
        }

        for (var n = 2; ; n++)
        {
            var candidate = id + "#" + n.ToString(CultureInfo.InvariantCulture);
            if (_ids.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
