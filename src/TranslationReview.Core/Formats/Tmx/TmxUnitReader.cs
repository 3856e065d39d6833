using System.Globalization;
using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Tmx;

/// <summary>
/// Reads one <c>&lt;tu&gt;</c> into a segment: the source is the variant in the source language, the target the
/// variant in the chosen target language (the one asked for, or else the first other language met in the file).
/// Languages are compared case-insensitively; TMX 1.1 <c>lang</c> is accepted beside <c>xml:lang</c>.
/// </summary>
internal sealed class TmxUnitReader
{
    private static readonly XName XmlLang = XNamespace.Xml + "lang";
    private readonly string _fileName;
    private readonly string? _headerSource;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
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

    /// <summary>The segment of <paramref name="tu"/>, or null when it has no variant in the source language.</summary>
    public Segment? Read(XElement tu, int? line, int? column)
    {
        _ordinal++;
        var variants = new List<(XElement Tuv, string Language)>();
        foreach (var tuv in tu.Elements("tuv"))
        {
            var language = (string?)tuv.Attribute(XmlLang) ?? (string?)tuv.Attribute("lang")
                ?? throw new DocumentFormatException(_fileName, line, column, $"a <tuv> of translation unit {_ordinal} has no xml:lang attribute");
            variants.Add((tuv, language));
        }

        var sourceLanguage = (string?)tu.Attribute("srclang") is { } own && own != "*all*" ? own : _headerSource ?? variants.FirstOrDefault().Language;
        var source = Find(variants, sourceLanguage);
        if (source.Tuv is null)
        {
            Skipped++;
            return null;
        }

        SourceLanguage ??= source.Language;
        TargetLanguage ??= variants.FirstOrDefault(v => !SameLanguage(v.Language, source.Language)).Language;
        var target = TargetLanguage is null ? default : Find(variants, TargetLanguage);
        if (target.Tuv == source.Tuv)
        {
            target = default;
        }

        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var notes = new List<Note>();
        Collect(tu, string.Empty, properties, notes);
        Collect(source.Tuv, TmxNames.SourcePrefix, properties, null);
        if (target.Tuv is not null)
        {
            Collect(target.Tuv, TmxNames.TargetPrefix, properties, null);
        }

        var sourceContent = TmxInlineReader.Read(SegOf(source.Tuv, line, column));
        var targetContent = target.Tuv is null ? null : TmxInlineReader.Read(SegOf(target.Tuv, line, column));
        var state = targetContent is { PlainText.Length: > 0 } || targetContent?.HasCodes == true ? SegmentState.Translated : SegmentState.New;
        return new Segment(UniqueId((string?)tu.Attribute("tuid")), sourceContent, targetContent, state)
        {
            Notes = notes,
            Properties = properties,
            PreservedXml = [.. variants.Where(v => v.Tuv != source.Tuv && v.Tuv != target.Tuv).Select(v => v.Tuv.ToString(SaveOptions.DisableFormatting))],
        };
    }

    private XElement SegOf(XElement tuv, int? line, int? column) =>
        tuv.Element("seg") ?? throw new DocumentFormatException(_fileName, line, column, $"a <tuv> of translation unit {_ordinal} has no <seg>");

    private static (XElement? Tuv, string Language) Find(List<(XElement Tuv, string Language)> variants, string language)
    {
        foreach (var variant in variants)
        {
            if (string.Equals(variant.Language, language, StringComparison.OrdinalIgnoreCase))
            {
                return variant;
            }
        }

        // "fr" asked, "fr-CA" present: a language without a region takes the first regional variant.
        if (!language.Contains('-', StringComparison.Ordinal))
        {
            foreach (var variant in variants)
            {
                if (variant.Language.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase))
                {
                    return variant;
                }
            }
        }

        return default;
    }

    private static bool SameLanguage(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

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

    private static void Collect(XElement element, string prefix, Dictionary<string, string> properties, List<Note>? notes)
    {
        foreach (var attribute in element.Attributes())
        {
            if (!attribute.IsNamespaceDeclaration)
            {
                var name = attribute.Name.Namespace == XNamespace.Xml ? "xml:" + attribute.Name.LocalName : attribute.Name.LocalName;
                properties[prefix + name] = attribute.Value;
            }
        }

        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "prop":
                    TmxNames.AddNumbered(properties, prefix + TmxNames.PropPrefix + ((string?)child.Attribute("type") ?? "x-untyped"), child.Value);
                    break;
                case "note" when notes is not null:
                    notes.Add(new Note(child.Value));
                    break;
                case "note":
                    TmxNames.AddNumbered(properties, prefix + TmxNames.NoteKey, child.Value);
                    break;
            }
        }
    }
}
