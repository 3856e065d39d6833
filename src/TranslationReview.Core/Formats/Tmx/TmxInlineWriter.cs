using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Tmx;

/// <summary>
/// Writes segment content as TMX inline markup. Paired opening/closing codes become <c>&lt;bpt&gt;</c>/<c>&lt;ept&gt;</c>
/// (numbered by <c>i</c>, shared between source and target), unpaired ones <c>&lt;it&gt;</c>; standalone codes
/// <c>&lt;ph&gt;</c> (or their own <c>&lt;it&gt;</c>/<c>&lt;ut&gt;</c>); well-nested spans without native data
/// (<c>&lt;hi&gt;</c>, annotations) <c>&lt;hi&gt;</c>. XLIFF <c>ctype</c> becomes TMX <c>type</c>.
/// </summary>
internal sealed class TmxInlineWriter
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private int _next;

    /// <summary>Starts numbering for a new unit: the same code id gets the same <c>i</c> in source and target.</summary>
    public void StartUnit(Segment segment)
    {
        _numbers.Clear();
        _next = 0;
        foreach (var code in Codes(segment.Source).Concat(segment.Target is null ? [] : Codes(segment.Target)))
        {
            if (int.TryParse(code.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                _next = Math.Max(_next, number);
            }
        }
    }

    public async Task WriteAsync(XmlWriter writer, SegmentContent content)
    {
        var elements = content.Elements;
        var spans = TmxSpans.FindWellNestedHighlights(elements);
        var paired = TmxSpans.FindPairedIds(elements);
        for (var i = 0; i < elements.Count; i++)
        {
            switch (elements[i])
            {
                case TextRun run:
                    await writer.WriteStringAsync(run.Text).ConfigureAwait(false);
                    break;
                case InlineCode code when spans.Contains(i):
                    if (code.Kind is InlineCodeKind.Opening or InlineCodeKind.AnnotationStart)
                    {
                        await writer.WriteStartElementAsync(null, "hi", null).ConfigureAwait(false);
                        await WriteAttributesAsync(writer, code, "x").ConfigureAwait(false);
                    }
                    else
                    {
                        await writer.WriteEndElementAsync().ConfigureAwait(false);
                    }

                    break;
                case InlineCode code:
                    await WriteCodeAsync(writer, code, paired.Contains(code.Id)).ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task WriteCodeAsync(XmlWriter writer, InlineCode code, bool paired)
    {
        if (code.Attributes.TryGetValue(TmxNames.NativeMarkupKey, out var marker) && marker == TmxNames.NativeMarkupElement)
        {
            await XElement.Parse(code.NativeData ?? string.Empty, LoadOptions.PreserveWhitespace).WriteToAsync(writer, CancellationToken.None).ConfigureAwait(false);
            return;
        }

        var (name, idAttribute) = code.Kind switch
        {
            InlineCodeKind.Opening when paired => ("bpt", "i"),
            InlineCodeKind.Closing when paired => ("ept", "i"),
            InlineCodeKind.Opening or InlineCodeKind.Closing => ("it", "x"),
            InlineCodeKind.Standalone when code.Element is "it" or "ut" => (code.Element, "x"),
            InlineCodeKind.Standalone => ("ph", "x"),
            // An annotation that does not nest has no TMX form; its text is kept, the marker dropped.
            _ => (null, null),
        };
        if (name is null)
        {
            return;
        }

        await writer.WriteStartElementAsync(null, name, null).ConfigureAwait(false);
        await WriteAttributesAsync(writer, code, idAttribute!).ConfigureAwait(false);
        if (name == "it" && !code.Attributes.ContainsKey("pos"))
        {
            await writer.WriteAttributeStringAsync(null, "pos", null, code.Kind == InlineCodeKind.Closing ? "end" : "begin").ConfigureAwait(false);
        }

        await WriteNativeAsync(writer, code, marker).ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }

    private async Task WriteAttributesAsync(XmlWriter writer, InlineCode code, string idAttribute)
    {
        if (idAttribute == "i")
        {
            await writer.WriteAttributeStringAsync(null, "i", null, NumberOf(code.Id)).ConfigureAwait(false);
        }
        else if (int.TryParse(code.Id, NumberStyles.None, CultureInfo.InvariantCulture, out _) && !code.Attributes.ContainsKey("x"))
        {
            await writer.WriteAttributeStringAsync(null, "x", null, code.Id).ConfigureAwait(false);
        }

        foreach (var (key, value) in code.Attributes)
        {
            var name = key == "ctype" && !code.Attributes.ContainsKey("type") ? "type" : key;
            if (name is "x" or "type" or "assoc" or "pos")
            {
                var mapped = name switch
                {
                    "pos" => MapPosition(value),
                    // XLIFF 1.2 "underlined" is TMX "ulined"; the other standard values are spelled alike.
                    "type" when key == "ctype" && value == "underlined" => "ulined",
                    _ => value,
                };
                await writer.WriteAttributeStringAsync(null, name, null, mapped).ConfigureAwait(false);
            }
        }
    }

    private static async Task WriteNativeAsync(XmlWriter writer, InlineCode code, string? marker)
    {
        if (string.IsNullOrEmpty(code.NativeData))
        {
            return;
        }

        if (marker is null)
        {
            await writer.WriteStringAsync(code.NativeData).ConfigureAwait(false);
            return;
        }

        var wrapper = XElement.Parse("<w>" + code.NativeData + "</w>", LoadOptions.PreserveWhitespace);
        if (marker == TmxNames.NativeMarkupInner)
        {
            foreach (var node in wrapper.Nodes())
            {
                await node.WriteToAsync(writer, CancellationToken.None).ConfigureAwait(false);
            }
        }
        else
        {
            // Markup of another format (XLIFF 1.2 <sub>): TMX keeps its text.
            await writer.WriteStringAsync(wrapper.Value).ConfigureAwait(false);
        }
    }

    private string NumberOf(string id)
    {
        if (int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        if (!_numbers.TryGetValue(id, out number))
        {
            number = _numbers[id] = ++_next;
        }

        return number.ToString(CultureInfo.InvariantCulture);
    }

    private static string MapPosition(string value) => value switch
    {
        "open" => "begin",
        "close" => "end",
        _ => value,
    };

    private static IEnumerable<InlineCode> Codes(SegmentContent content) => content.Elements.OfType<InlineCode>();
}
