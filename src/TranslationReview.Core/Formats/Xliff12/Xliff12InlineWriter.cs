using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Xliff12;

/// <summary>
/// Writes segment content as XLIFF 1.2 inline markup. Codes read from XLIFF 1.2 go back as their own element;
/// codes from other formats are mapped by kind: a well-nested opening/closing pair without native data becomes
/// <c>&lt;g&gt;</c>, otherwise <c>&lt;bpt&gt;</c>/<c>&lt;ept&gt;</c> (or <c>&lt;bx/&gt;</c>/<c>&lt;ex/&gt;</c>);
/// a standalone code becomes <c>&lt;ph&gt;</c> with native data or <c>&lt;x/&gt;</c> without.
/// </summary>
internal sealed class Xliff12InlineWriter
{
    private static readonly XNamespace Ns = Xliff12Names.Xliff;
    private readonly IReadOnlyDictionary<string, XNamespace> _prefixes;
    private readonly Xliff12Fragments _fragments;
    private readonly bool _fromXliff12;

    /// <summary>
    /// Creates a writer resolving attribute prefixes with <paramref name="prefixes"/>. Codes of a document read
    /// from XLIFF 1.2 keep every attribute; codes from other formats keep only those XLIFF 1.2 defines.
    /// </summary>
    public Xliff12InlineWriter(IReadOnlyDictionary<string, XNamespace> prefixes, Xliff12Fragments fragments, bool fromXliff12)
    {
        _prefixes = prefixes;
        _fragments = fragments;
        _fromXliff12 = fromXliff12;
    }

    /// <summary>Appends <paramref name="content"/> to <paramref name="container"/>.</summary>
    public void Write(SegmentContent content, XElement container)
    {
        var elements = content.Elements;
        var paired = Xliff12CodePairing.FindWellNestedPairs(elements);
        var open = new Stack<XElement>();
        open.Push(container);
        for (var i = 0; i < elements.Count; i++)
        {
            switch (elements[i])
            {
                case TextRun run:
                    open.Peek().Add(new XText(run.Text));
                    break;
                case InlineCode code when paired.Contains(i):
                    if (code.Kind is InlineCodeKind.Opening or InlineCodeKind.AnnotationStart)
                    {
                        var span = SpanElement(code);
                        open.Peek().Add(span);
                        open.Push(span);
                    }
                    else
                    {
                        open.Pop();
                    }

                    break;
                case InlineCode code:
                    if (CodeElement(code) is { } element)
                    {
                        open.Peek().Add(element);
                    }

                    break;
            }
        }
    }

    private XElement SpanElement(InlineCode code)
    {
        if (code.Kind == InlineCodeKind.AnnotationStart)
        {
            var mrk = new XElement(Ns + "mrk", new XAttribute("mid", code.Id));
            AddAttributes(mrk, code);
            if (mrk.Attribute("mtype") is null)
            {
                // mtype is required; an annotation from another format has no XLIFF 1.2 type of its own.
                mrk.Add(new XAttribute("mtype", code.Attributes.TryGetValue("type", out var type) && type.StartsWith("x-", StringComparison.Ordinal) ? type : "x-annotation"));
            }

            return mrk;
        }

        var g = new XElement(Ns + "g", new XAttribute("id", code.Id));
        AddAttributes(g, code);
        return g;
    }

    private XElement? CodeElement(InlineCode code)
    {
        if (code.Attributes.TryGetValue(Xliff12Names.NativeMarkupKey, out var marker) && marker == Xliff12Names.NativeMarkupElement)
        {
            return _fragments.Parse(code.NativeData ?? string.Empty);
        }

        var sameFormat = _fromXliff12 || (code.Element == "it" && !string.IsNullOrEmpty(code.NativeData));
        var name = sameFormat && code.Element is "x" or "bx" or "ex" or "bpt" or "ept" or "ph" or "it"
            && KindFits(code) ? code.Element : MapByKind(code);
        if (name is null)
        {
            return null;
        }

        var element = new XElement(Ns + name, new XAttribute("id", code.Id));
        AddAttributes(element, code);
        if (name == "it" && element.Attribute("pos") is null)
        {
            element.Add(new XAttribute("pos", code.Kind == InlineCodeKind.Closing ? "close" : "open"));
        }

        if (name is "bpt" or "ept" or "ph" or "it" && code.NativeData is { Length: > 0 } native)
        {
            if (marker == Xliff12Names.NativeMarkupInner)
            {
                element.Add(_fragments.ParseInner(native));
            }
            else if (marker is not null)
            {
                // Markup of another format (a TMX <sub> with TMX attributes): XLIFF 1.2 keeps its text.
                element.Add(new XText(XElement.Parse("<w>" + native + "</w>", LoadOptions.PreserveWhitespace).Value));
            }
            else
            {
                element.Add(new XText(native));
            }
        }

        return element;
    }

    private static bool KindFits(InlineCode code) => (code.Element, code.Kind) switch
    {
        ("x" or "ph" or "it", InlineCodeKind.Standalone) => true,
        ("bx" or "bpt", InlineCodeKind.Opening) => true,
        ("ex" or "ept", InlineCodeKind.Closing) => true,
        ("it", InlineCodeKind.Opening or InlineCodeKind.Closing) => true,
        _ => false,
    };

    private static string? MapByKind(InlineCode code)
    {
        var native = !string.IsNullOrEmpty(code.NativeData);
        return code.Kind switch
        {
            InlineCodeKind.Opening => native ? "bpt" : "bx",
            InlineCodeKind.Closing => native ? "ept" : "ex",
            InlineCodeKind.Standalone => native ? "ph" : "x",
            // An annotation that does not nest cannot be written as <mrk>; its text is kept, the marker dropped.
            _ => null,
        };
    }

    private void AddAttributes(XElement element, InlineCode code)
    {
        var local = element.Name.LocalName;
        foreach (var (key, value) in code.Attributes)
        {
            // TMX and XLIFF 2 call the code type "type"; XLIFF 1.2 calls it ctype (same values: bold, italic, link…).
            var mapped = !_fromXliff12 && key == "type" && local != "mrk" && !code.Attributes.ContainsKey("ctype") ? "ctype" : key;
            var allowed = _fromXliff12
                ? !mapped.StartsWith("trv:", StringComparison.Ordinal)
                : Xliff12Names.InlineAttributes.Contains(mapped) || IsExtension(mapped);
            if ((mapped == "pos" && local != "it") || !allowed)
            {
                continue;
            }

            if (Xliff12Names.ResolveAttribute(mapped, _prefixes) is { } name)
            {
                element.SetAttributeValue(name, mapped switch
                {
                    "pos" => MapPosition(value),
                    "ctype" when key != "ctype" => MapCodeType(value),
                    _ => value,
                });
            }
        }
    }

    /// <summary>A TMX or XLIFF 2 code type as an XLIFF 1.2 ctype: the standard values, anything else as a user value.</summary>
    private static string MapCodeType(string type) => type switch
    {
        "ulined" => "underlined",
        "bold" or "italic" or "underlined" or "link" or "image" or "pb" or "lb" => type,
        _ when type.StartsWith("x-", StringComparison.Ordinal) => type,
        _ => "x-" + type,
    };

    private static string MapPosition(string value) => value switch
    {
        "begin" => "open",
        "end" => "close",
        _ => value,
    };

    private static bool IsExtension(string key) =>
        key.Contains(':', StringComparison.Ordinal) && !key.StartsWith("trv:", StringComparison.Ordinal);
}
