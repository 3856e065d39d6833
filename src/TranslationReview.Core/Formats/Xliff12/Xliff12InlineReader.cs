using System.Globalization;
using System.Text;
using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Xliff12;

/// <summary>
/// Turns the content of an XLIFF 1.2 <c>&lt;source&gt;</c>, <c>&lt;target&gt;</c> or segment <c>&lt;mrk&gt;</c>
/// into text runs and inline codes. Spanning elements (<c>&lt;g&gt;</c>, non-segment <c>&lt;mrk&gt;</c>) become an
/// opening and a closing code around their content; codes with native data keep it verbatim.
/// </summary>
internal sealed class Xliff12InlineReader
{
    private readonly XNamespace _ns;
    private readonly SegmentContentBuilder _content = new();
    private int _generated;

    private Xliff12InlineReader(XNamespace ns) => _ns = ns;

    /// <summary>Reads the child nodes of <paramref name="container"/>.</summary>
    public static SegmentContent Read(XElement container, XNamespace ns)
    {
        var reader = new Xliff12InlineReader(ns);
        reader.ReadNodes(container.Nodes());
        return reader._content.Build();
    }

    private void ReadNodes(IEnumerable<XNode> nodes)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case XText text:
                    _content.AppendText(text.Value);
                    break;
                case XElement element:
                    ReadElement(element);
                    break;
                default:
                    // Comments and processing instructions inside text carry no translatable content.
                    break;
            }
        }
    }

    private void ReadElement(XElement element)
    {
        var name = element.Name.Namespace == _ns ? element.Name.LocalName : null;
        switch (name)
        {
            case "g":
                var gId = IdOf(element, "id");
                _content.AppendCode(new InlineCode(InlineCodeKind.Opening, gId, "g", AttributesOf(element, "id")));
                ReadNodes(element.Nodes());
                _content.AppendCode(new InlineCode(InlineCodeKind.Closing, gId, "g", InlineCode.NoAttributes));
                break;
            case "mrk":
                var mid = IdOf(element, "mid");
                _content.AppendCode(new InlineCode(InlineCodeKind.AnnotationStart, mid, "mrk", AttributesOf(element, "mid")));
                ReadNodes(element.Nodes());
                _content.AppendCode(new InlineCode(InlineCodeKind.AnnotationEnd, mid, "mrk", InlineCode.NoAttributes));
                break;
            case "x":
                _content.AppendCode(new InlineCode(InlineCodeKind.Standalone, IdOf(element, "id"), "x", AttributesOf(element, "id")));
                break;
            case "bx":
                _content.AppendCode(new InlineCode(InlineCodeKind.Opening, IdOf(element, "id"), "bx", AttributesOf(element, "id")));
                break;
            case "ex":
                _content.AppendCode(new InlineCode(InlineCodeKind.Closing, IdOf(element, "id"), "ex", AttributesOf(element, "id")));
                break;
            case "bpt":
                AddNative(InlineCodeKind.Opening, element);
                break;
            case "ept":
                AddNative(InlineCodeKind.Closing, element);
                break;
            case "ph" or "it":
                AddNative(InlineCodeKind.Standalone, element);
                break;
            default:
                // A foreign element (or a stray <sub>) inside text: kept whole so the writer gives it back unchanged.
                var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [Xliff12Names.NativeMarkupKey] = Xliff12Names.NativeMarkupElement,
                };
                _content.AppendCode(new InlineCode(InlineCodeKind.Standalone, NextId(), element.Name.LocalName, attributes,
                    element.ToString(SaveOptions.DisableFormatting)));
                break;
        }
    }

    private void AddNative(InlineCodeKind kind, XElement element)
    {
        var attributes = AttributesOf(element, "id");
        string native;
        if (element.Elements().Any())
        {
            // <sub> (translatable text inside a code) is markup, not text: keep the inner XML and say so.
            native = string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            attributes = new Dictionary<string, string>(attributes, StringComparer.Ordinal)
            {
                [Xliff12Names.NativeMarkupKey] = Xliff12Names.NativeMarkupInner,
            };
        }
        else
        {
            native = element.Value;
        }

        _content.AppendCode(new InlineCode(kind, IdOf(element, "id"), element.Name.LocalName, attributes, native));
    }



    private string IdOf(XElement element, string attribute) => (string?)element.Attribute(attribute) ?? NextId();

    private string NextId() => "auto" + (++_generated).ToString(CultureInfo.InvariantCulture);

    private static IReadOnlyDictionary<string, string> AttributesOf(XElement element, string idAttribute)
    {
        Dictionary<string, string>? attributes = null;
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration || attribute.Name == idAttribute)
            {
                continue;
            }

            attributes ??= new Dictionary<string, string>(StringComparer.Ordinal);
            attributes[Xliff12Names.QualifiedName(attribute)] = attribute.Value;
        }

        return attributes ?? InlineCode.NoAttributes;
    }
}
