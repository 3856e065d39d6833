using System.Globalization;
using System.Text;
using System.Xml;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Tmx;

/// <summary>
/// Turns a TMX <c>&lt;seg&gt;</c> into text runs and inline codes, straight from the streaming reader:
/// <c>&lt;bpt&gt;</c>/<c>&lt;ept&gt;</c> pair by <c>i</c>, <c>&lt;it&gt;</c>/<c>&lt;ph&gt;</c>/<c>&lt;ut&gt;</c> stand
/// alone (id from <c>x</c>), and <c>&lt;hi&gt;</c> becomes an opening and a closing code around its text. Native
/// data is kept verbatim; when it holds <c>&lt;sub&gt;</c> markup the code says so.
/// </summary>
internal sealed class TmxInlineReader
{
    private readonly SegmentContentBuilder _content = new();
    private readonly StringBuilder _native = new();
    private int _generated;

    /// <summary>Reads the content of the <c>&lt;seg&gt;</c> the reader stands on, leaving it after the element.</summary>
    public SegmentContent ReadSeg(XmlReader reader)
    {
        _content.Clear();
        _generated = 0;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return SegmentContent.Empty;
        }

        var depth = reader.Depth;
        reader.Read();
        ReadContent(reader, depth);
        return _content.Build();
    }

    /// <summary>Reads nodes until the end tag at <paramref name="depth"/>, and moves past it.</summary>
    private void ReadContent(XmlReader reader, int depth)
    {
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA:
                    _content.AppendText(reader.Value);
                    reader.Read();
                    break;
                case XmlNodeType.Element:
                    ReadElement(reader);
                    break;
                case XmlNodeType.None:
                    throw new XmlException("unexpected end of file inside <seg>");
                default:
                    reader.Read();
                    break;
            }
        }

        reader.Read();
    }

    private void ReadElement(XmlReader reader)
    {
        switch (reader.LocalName)
        {
            case "bpt":
                AddNative(reader, InlineCodeKind.Opening, "i");
                break;
            case "ept":
                AddNative(reader, InlineCodeKind.Closing, "i");
                break;
            case "ph" or "it" or "ut":
                AddNative(reader, InlineCodeKind.Standalone, "x");
                break;
            case "hi":
                var attributes = AttributesOf(reader, "x", out var x);
                var id = x ?? NextId();
                _content.AppendCode(new InlineCode(InlineCodeKind.Opening, id, "hi", attributes));
                if (reader.IsEmptyElement)
                {
                    reader.Read();
                }
                else
                {
                    var depth = reader.Depth;
                    reader.Read();
                    ReadContent(reader, depth);
                }

                _content.AppendCode(new InlineCode(InlineCodeKind.Closing, id, "hi", InlineCode.NoAttributes));
                break;
            default:
                var name = reader.LocalName;
                var marker = new Dictionary<string, string>(StringComparer.Ordinal) { [TmxNames.NativeMarkupKey] = TmxNames.NativeMarkupElement };
                _content.AppendCode(new InlineCode(InlineCodeKind.Standalone, NextId(), name, marker, reader.ReadOuterXml()));
                break;
        }
    }

    private void AddNative(XmlReader reader, InlineCodeKind kind, string idAttribute)
    {
        var name = reader.LocalName;
        var attributes = AttributesOf(reader, idAttribute, out var id);
        var native = ReadNative(reader, out var markup);
        if (markup)
        {
            // <sub> holds translatable text inside the code: the native data is markup, and the code says so.
            attributes = new Dictionary<string, string>(attributes, StringComparer.Ordinal) { [TmxNames.NativeMarkupKey] = TmxNames.NativeMarkupInner };
        }

        _content.AppendCode(new InlineCode(kind, id ?? NextId(), name, attributes, native));
    }

    /// <summary>
    /// The content of a code element: its text, or, when it holds elements (<c>&lt;sub&gt;</c>), its inner XML.
    /// Read by hand because <see cref="XmlReader.ReadInnerXml"/> builds a writer for every call.
    /// </summary>
    private string ReadNative(XmlReader reader, out bool markup)
    {
        markup = false;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        var depth = reader.Depth;
        reader.Read();
        string? single = null;
        _native.Clear();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA:
                    var value = reader.Value;
                    if (markup)
                    {
                        AppendEscaped(_native, value);
                    }
                    else if (single is null && _native.Length == 0)
                    {
                        single = value;
                    }
                    else
                    {
                        _native.Append(single).Append(value);
                        single = null;
                    }

                    reader.Read();
                    break;
                case XmlNodeType.Element:
                    if (!markup)
                    {
                        var text = single ?? _native.ToString();
                        single = null;
                        _native.Clear();
                        AppendEscaped(_native, text);
                        markup = true;
                    }

                    _native.Append(reader.ReadOuterXml());
                    break;
                case XmlNodeType.None:
                    throw new XmlException("unexpected end of file inside an inline code");
                default:
                    reader.Read();
                    break;
            }
        }

        reader.Read();
        return single ?? _native.ToString();
    }

    private static void AppendEscaped(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '\r' => builder.Append("&#xD;"),
                _ => builder.Append(c),
            };
        }
    }



    private string NextId() => "auto" + (++_generated).ToString(CultureInfo.InvariantCulture);

    private static IReadOnlyDictionary<string, string> AttributesOf(XmlReader reader, string idAttribute, out string? id)
    {
        id = null;
        Dictionary<string, string>? attributes = null;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.LocalName == idAttribute && reader.Prefix.Length == 0)
                {
                    id = reader.Value;
                }
                else if (reader.Prefix != "xmlns" && reader.Name != "xmlns")
                {
                    attributes ??= new Dictionary<string, string>(StringComparer.Ordinal);
                    attributes[reader.Name] = reader.Value;
                }
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        return attributes ?? InlineCode.NoAttributes;
    }
}
