using System.Xml;
using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Tmx;

/// <summary>Writes one segment as a <c>&lt;tu&gt;</c> with its properties, notes and language variants.</summary>
internal sealed class TmxUnitWriter
{
    private readonly BilingualDocument _document;
    private readonly bool _fromTmx;
    private static readonly IReadOnlyDictionary<string, string> EmptyProperties = new Dictionary<string, string>();
    private readonly TmxInlineWriter _inline = new();

    public TmxUnitWriter(BilingualDocument document, bool fromTmx)
    {
        _document = document;
        _fromTmx = fromTmx;
    }

    public async Task WriteAsync(XmlWriter writer, Segment segment, CancellationToken cancellationToken)
    {
        _inline.StartUnit(segment);
        await writer.WriteWhitespaceAsync("\n    ").ConfigureAwait(false);
        await writer.WriteStartElementAsync(null, "tu", null).ConfigureAwait(false);
        if (!_fromTmx)
        {
            await writer.WriteAttributeStringAsync(null, "tuid", null, segment.Id).ConfigureAwait(false);
        }

        var properties = segment.Properties;
        foreach (var (key, value) in properties)
        {
            if (TmxNames.UnitAttributes.Contains(key))
            {
                await writer.WriteAttributeStringAsync(null, key, null, value).ConfigureAwait(false);
            }
        }

        foreach (var note in segment.Notes)
        {
            await WriteTextElementAsync(writer, "note", null, note.Text, "\n      ").ConfigureAwait(false);
        }

        foreach (var (key, value) in properties)
        {
            if (key.StartsWith(TmxNames.PropPrefix, StringComparison.Ordinal))
            {
                await WriteTextElementAsync(writer, "prop", TmxNames.BaseKey(key[TmxNames.PropPrefix.Length..]), value, "\n      ").ConfigureAwait(false);
            }
            else if (!_fromTmx && IsPlainProperty(key))
            {
                // Properties of other formats (XLIFF resname, restype…) travel as TMX user properties.
                await WriteTextElementAsync(writer, "prop", "x-" + key, value, "\n      ").ConfigureAwait(false);
            }
        }

        await WriteVariantAsync(writer, segment, segment.Source, TmxNames.SourcePrefix, _document.SourceLanguage).ConfigureAwait(false);
        if (segment.Target is not null)
        {
            await WriteVariantAsync(writer, segment, segment.Target, TmxNames.TargetPrefix, _document.TargetLanguage ?? "und").ConfigureAwait(false);
        }

        if (_fromTmx)
        {
            foreach (var other in segment.PreservedXml)
            {
                await writer.WriteWhitespaceAsync("\n      ").ConfigureAwait(false);
                await XElement.Parse(other, LoadOptions.PreserveWhitespace).WriteToAsync(writer, cancellationToken).ConfigureAwait(false);
            }
        }

        await writer.WriteWhitespaceAsync("\n    ").ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }

    private async Task WriteVariantAsync(XmlWriter writer, Segment segment, SegmentContent content, string prefix, string language)
    {
        var properties = segment.Properties;
        if (_fromTmx)
        {
            language = properties.GetValueOrDefault(prefix + "xml:lang") ?? properties.GetValueOrDefault(prefix + "lang") ?? language;
        }

        await writer.WriteWhitespaceAsync("\n      ").ConfigureAwait(false);
        await writer.WriteStartElementAsync(null, "tuv", null).ConfigureAwait(false);
        await writer.WriteAttributeStringAsync("xml", "lang", XNamespace.Xml.NamespaceName, language).ConfigureAwait(false);
        var children = new List<(string Name, string? Type, string Text)>();
        foreach (var (key, value) in _fromTmx ? properties : EmptyProperties)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var name = key[prefix.Length..];
            if (name.StartsWith(TmxNames.PropPrefix, StringComparison.Ordinal))
            {
                children.Add(("prop", TmxNames.BaseKey(name[TmxNames.PropPrefix.Length..]), value));
            }
            else if (TmxNames.BaseKey(name) == TmxNames.NoteKey)
            {
                children.Add(("note", (string?)null, value));
            }
            else if (name is not ("xml:lang" or "lang") && !name.Contains(':', StringComparison.Ordinal))
            {
                await writer.WriteAttributeStringAsync(null, name, null, value).ConfigureAwait(false);
            }
        }

        foreach (var (name, type, text) in children)
        {
            await WriteTextElementAsync(writer, name, type, text, "\n        ").ConfigureAwait(false);
        }

        await writer.WriteWhitespaceAsync("\n        ").ConfigureAwait(false);
        await writer.WriteStartElementAsync(null, "seg", null).ConfigureAwait(false);
        await _inline.WriteAsync(writer, content).ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
        await writer.WriteWhitespaceAsync("\n      ").ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static bool IsPlainProperty(string key) =>
        !key.Contains('/', StringComparison.Ordinal) && !key.Contains(':', StringComparison.Ordinal) && !TmxNames.UnitAttributes.Contains(key);

    private static async Task WriteTextElementAsync(XmlWriter writer, string name, string? type, string text, string indent)
    {
        await writer.WriteWhitespaceAsync(indent).ConfigureAwait(false);
        await writer.WriteStartElementAsync(null, name, null).ConfigureAwait(false);
        if (type is not null)
        {
            await writer.WriteAttributeStringAsync(null, "type", null, type).ConfigureAwait(false);
        }

        await writer.WriteStringAsync(text).ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }
}
