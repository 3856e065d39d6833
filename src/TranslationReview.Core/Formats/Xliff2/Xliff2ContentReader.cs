using System.Globalization;
using System.Text;
using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Xliff2;

/// <summary>Turns the mixed content of <c>&lt;source&gt;</c>/<c>&lt;target&gt;</c> into text runs and inline codes.</summary>
internal sealed class Xliff2ContentReader
{
    private readonly IReadOnlyDictionary<string, string> _originalData;
    private readonly SegmentContentBuilder _content = new();

    private Xliff2ContentReader(IReadOnlyDictionary<string, string> originalData) => _originalData = originalData;

    /// <summary>Reads one content element; <paramref name="originalData"/> maps data ids to their decoded text.</summary>
    public static SegmentContent Read(XElement content, IReadOnlyDictionary<string, string> originalData)
    {
        var reader = new Xliff2ContentReader(originalData);
        reader.ReadNodes(content);
        return reader._content.Build();
    }

    /// <summary>The text of a <c>&lt;data&gt;</c> element with its <c>&lt;cp/&gt;</c> decoded.</summary>
    public static string DecodeText(XElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            if (node is XText t)
            {
                text.Append(t.Value);
            }
            else if (node is XElement { Name.LocalName: "cp" } cp)
            {
                text.Append(CodePoint(cp));
            }
        }

        return text.ToString();
    }

    /// <summary>The character(s) of a <c>&lt;cp hex="…"/&gt;</c>; validation has checked the value.</summary>
    public static string CodePoint(XElement cp)
    {
        var hex = (string?)cp.Attribute("hex") ?? string.Empty;
        return int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 0x10FFFF
            ? (value is >= 0xD800 and <= 0xDFFF ? ((char)value).ToString() : char.ConvertFromUtf32(value))
            : string.Empty;
    }

    private void ReadNodes(XElement parent)
    {
        foreach (var node in parent.Nodes())
        {
            switch (node)
            {
                case XText text:
                    _content.AppendText(text.Value);
                    break;
                case XElement element:
                    ReadElement(element);
                    break;
            }
        }
    }

    private void ReadElement(XElement element)
    {
        if (element.Name.Namespace != Xliff2Names.Core)
        {
            return;
        }

        var id = (string?)element.Attribute("id") ?? string.Empty;
        switch (element.Name.LocalName)
        {
            case "cp":
                _content.AppendText(CodePoint(element));
                break;
            case "ph":
                _content.AppendCode(new InlineCode(InlineCodeKind.Standalone, id, "ph", AttributesOf(element), DataOf(element, "dataRef")));
                break;
            case "sc":
                _content.AppendCode(new InlineCode(InlineCodeKind.Opening, id, "sc", AttributesOf(element), DataOf(element, "dataRef")));
                break;
            case "ec":
                var ecId = (string?)element.Attribute("startRef") ?? id;
                _content.AppendCode(new InlineCode(InlineCodeKind.Closing, ecId, "ec", AttributesOf(element), DataOf(element, "dataRef")));
                break;
            case "pc":
                _content.AppendCode(new InlineCode(InlineCodeKind.Opening, id, "pc", AttributesOf(element), DataOf(element, "dataRefStart")));
                ReadNodes(element);
                _content.AppendCode(new InlineCode(InlineCodeKind.Closing, id, "pc", InlineCode.NoAttributes, DataOf(element, "dataRefEnd")));
                break;
            case "mrk":
                _content.AppendCode(new InlineCode(InlineCodeKind.AnnotationStart, id, "mrk", AttributesOf(element)));
                ReadNodes(element);
                _content.AppendCode(new InlineCode(InlineCodeKind.AnnotationEnd, id, "mrk", InlineCode.NoAttributes));
                break;
            case "sm":
                _content.AppendCode(new InlineCode(InlineCodeKind.AnnotationStart, id, "sm", AttributesOf(element)));
                break;
            case "em":
                _content.AppendCode(new InlineCode(InlineCodeKind.AnnotationEnd, (string?)element.Attribute("startRef") ?? id, "em", InlineCode.NoAttributes));
                break;
        }
    }

    private string? DataOf(XElement element, string attribute) =>
        (string?)element.Attribute(attribute) is { } dataId && _originalData.TryGetValue(dataId, out var data) ? data : null;

    private static Dictionary<string, string> AttributesOf(XElement element)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration || attribute.Name.LocalName is "id" or "startRef" or "isolated" && attribute.Name.Namespace == XNamespace.None)
            {
                continue;
            }

            attributes[attribute.Name.ToString()] = attribute.Value;
        }

        return attributes;
    }
}
