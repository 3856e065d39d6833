using System.Globalization;
using System.Text;
using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Tmx;

/// <summary>
/// Turns a TMX <c>&lt;seg&gt;</c> into text runs and inline codes: <c>&lt;bpt&gt;</c>/<c>&lt;ept&gt;</c> pair by
/// <c>i</c>, <c>&lt;it&gt;</c>/<c>&lt;ph&gt;</c>/<c>&lt;ut&gt;</c> stand alone (id from <c>x</c>), and
/// <c>&lt;hi&gt;</c> becomes an opening and a closing code around its text. Native data is kept verbatim.
/// </summary>
internal sealed class TmxInlineReader
{
    private readonly List<InlineElement> _elements = [];
    private readonly StringBuilder _text = new();
    private int _generated;

    /// <summary>Reads the content of <paramref name="seg"/>.</summary>
    public static SegmentContent Read(XElement seg)
    {
        var first = seg.FirstNode;
        if (first is null)
        {
            return SegmentContent.Empty;
        }

        if (first.NextNode is null && first is XText only)
        {
            // Most segments are plain text: no builder needed.
            return SegmentContent.FromText(only.Value);
        }

        var reader = new TmxInlineReader();
        reader.ReadNodes(seg);
        reader.FlushText();
        return reader._elements.Count == 0 ? SegmentContent.Empty : new SegmentContent(reader._elements);
    }

    private void ReadNodes(XElement container)
    {
        foreach (var node in container.Nodes())
        {
            if (node is XText text)
            {
                _text.Append(text.Value);
            }
            else if (node is XElement element)
            {
                ReadElement(element);
            }
        }
    }

    private void ReadElement(XElement element)
    {
        switch (element.Name.LocalName)
        {
            case "bpt":
                AddNative(InlineCodeKind.Opening, element, "i");
                break;
            case "ept":
                AddNative(InlineCodeKind.Closing, element, "i");
                break;
            case "ph" or "it" or "ut":
                AddNative(InlineCodeKind.Standalone, element, "x");
                break;
            case "hi":
                var id = IdOf(element, "x");
                Add(new InlineCode(InlineCodeKind.Opening, id, "hi", AttributesOf(element, "x")));
                ReadNodes(element);
                Add(new InlineCode(InlineCodeKind.Closing, id, "hi", InlineCode.NoAttributes));
                break;
            default:
                var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [TmxNames.NativeMarkupKey] = TmxNames.NativeMarkupElement,
                };
                Add(new InlineCode(InlineCodeKind.Standalone, NextId(), element.Name.LocalName, attributes,
                    element.ToString(SaveOptions.DisableFormatting)));
                break;
        }
    }

    private void AddNative(InlineCodeKind kind, XElement element, string idAttribute)
    {
        var attributes = AttributesOf(element, idAttribute);
        string native;
        if (element.Elements().Any())
        {
            // <sub> holds translatable text inside the code: keep the markup, and say that it is markup.
            native = string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            attributes = new Dictionary<string, string>(attributes, StringComparer.Ordinal)
            {
                [TmxNames.NativeMarkupKey] = TmxNames.NativeMarkupInner,
            };
        }
        else
        {
            native = element.Value;
        }

        Add(new InlineCode(kind, IdOf(element, idAttribute), element.Name.LocalName, attributes, native));
    }

    private void Add(InlineCode code)
    {
        FlushText();
        _elements.Add(code);
    }

    private void FlushText()
    {
        if (_text.Length > 0)
        {
            _elements.Add(new TextRun(_text.ToString()));
            _text.Clear();
        }
    }

    private string IdOf(XElement element, string attribute) => (string?)element.Attribute(attribute) ?? NextId();

    private string NextId() => "auto" + (++_generated).ToString(CultureInfo.InvariantCulture);

    private static IReadOnlyDictionary<string, string> AttributesOf(XElement element, string idAttribute)
    {
        Dictionary<string, string>? attributes = null;
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration || attribute.Name.LocalName == idAttribute)
            {
                continue;
            }

            attributes ??= new Dictionary<string, string>(StringComparer.Ordinal);
            attributes[attribute.Name.Namespace == XNamespace.Xml ? "xml:" + attribute.Name.LocalName : attribute.Name.LocalName] = attribute.Value;
        }

        return attributes ?? InlineCode.NoAttributes;
    }
}
