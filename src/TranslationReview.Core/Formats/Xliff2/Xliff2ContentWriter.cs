using System.Globalization;
using System.Text;
using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Xliff2;

/// <summary>
/// Writes segment content as XLIFF 2 inline markup: pairs become <c>&lt;pc&gt;</c>/<c>&lt;mrk&gt;</c>, other codes
/// <c>&lt;sc/&gt;</c>/<c>&lt;ec/&gt;</c>/<c>&lt;ph/&gt;</c>/<c>&lt;sm/&gt;</c>/<c>&lt;em/&gt;</c> by their kind, whatever
/// format they came from; native data goes to the unit's <c>&lt;originalData&gt;</c>; characters XML cannot carry
/// become <c>&lt;cp/&gt;</c>.
/// </summary>
internal sealed class Xliff2ContentWriter
{
    private readonly Xliff2CodePlan _plan;
    private readonly Xliff2OriginalData _data;

    public Xliff2ContentWriter(Xliff2CodePlan plan, Xliff2OriginalData data)
    {
        _plan = plan;
        _data = data;
    }

    /// <summary>Adds the content's nodes to <paramref name="parent"/>.</summary>
    public void Write(IReadOnlyList<InlineElement> content, XElement parent) => Write(content, 0, content.Count, parent);

    /// <summary>Adds text to <paramref name="parent"/>, encoding characters that XML cannot carry as <c>&lt;cp/&gt;</c>.</summary>
    public static void WriteText(string text, XElement parent)
    {
        var run = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                run.Append(text, i, 2);
                i++;
                continue;
            }

            if (Xliff2Syntax.IsXmlChar(codePoint) && !char.IsSurrogate(text[i]))
            {
                run.Append(text[i]);
                continue;
            }

            if (run.Length > 0)
            {
                parent.Add(new XText(run.ToString()));
                run.Clear();
            }

            parent.Add(new XElement(Xliff2Names.Cp, new XAttribute("hex", codePoint.ToString("X4", CultureInfo.InvariantCulture))));
        }

        if (run.Length > 0)
        {
            parent.Add(new XText(run.ToString()));
        }
    }

    private void Write(IReadOnlyList<InlineElement> content, int from, int to, XElement parent)
    {
        for (var i = from; i < to; i++)
        {
            switch (content[i])
            {
                case TextRun run:
                    WriteText(run.Text, parent);
                    break;
                case InlineCode code:
                    var partner = _plan.PartnerOf(content, i);
                    if (partner > i)
                    {
                        var pair = code.Kind == InlineCodeKind.Opening
                            ? PairedCode(code, (InlineCode)content[partner])
                            : Marker(Xliff2Names.Mrk, code);
                        Write(content, i + 1, partner, pair);
                        parent.Add(pair);
                        i = partner;
                    }
                    else if (!_plan.IsDropped(content, i))
                    {
                        parent.Add(Single(code, _plan.IsIsolated(content, i)));
                    }

                    break;
            }
        }
    }

    private XElement Single(InlineCode code, bool isolated)
    {
        switch (code.Kind)
        {
            case InlineCodeKind.Standalone:
                var ph = Code(Xliff2Names.Ph, _plan.IdOf(code), Xliff2InlineAttributes.For("ph", code));
                AddData(ph, "dataRef", code.NativeData, code.Attributes.GetValueOrDefault("dataRef"));
                return ph;
            case InlineCodeKind.Opening:
                var sc = Code(Xliff2Names.Sc, _plan.IdOf(code), Xliff2InlineAttributes.For("sc", code));
                if (isolated)
                {
                    sc.Add(new XAttribute("isolated", "yes"));
                }

                AddData(sc, "dataRef", code.NativeData, code.Attributes.GetValueOrDefault(code.Element == "pc" ? "dataRefStart" : "dataRef"));
                return sc;
            case InlineCodeKind.Closing:
                var opening = _plan.OpeningOf(code.Id);
                var ec = new XElement(Xliff2Names.Ec, new XAttribute(isolated ? "id" : "startRef", _plan.IdOf(code)));
                if (isolated)
                {
                    ec.Add(new XAttribute("isolated", "yes"));
                }

                ec.Add(Xliff2InlineAttributes.ForEnd(code, opening, isolated));
                AddData(ec, "dataRef", code.NativeData,
                    code.Element == "pc" ? opening?.Attributes.GetValueOrDefault("dataRefEnd") : code.Attributes.GetValueOrDefault("dataRef"));
                return ec;
            case InlineCodeKind.AnnotationStart:
                return isolated ? Marker(Xliff2Names.Mrk, code) : Marker(Xliff2Names.Sm, code);
            default:
                return new XElement(Xliff2Names.Em, new XAttribute("startRef", _plan.IdOf(code)));
        }
    }

    private XElement PairedCode(InlineCode opening, InlineCode closing)
    {
        var pc = Code(Xliff2Names.Pc, _plan.IdOf(opening), Xliff2InlineAttributes.For("pc", opening));
        AddData(pc, "dataRefStart", opening.NativeData, opening.Attributes.GetValueOrDefault("dataRefStart"));
        AddData(pc, "dataRefEnd", closing.NativeData, opening.Attributes.GetValueOrDefault("dataRefEnd"));
        return pc;
    }

    private XElement Marker(XName name, InlineCode code) =>
        Code(name, _plan.IdOf(code), Xliff2InlineAttributes.For(name.LocalName, code));

    private static XElement Code(XName name, string id, IEnumerable<XAttribute> attributes) =>
        new(name, new XAttribute("id", id), attributes);

    private void AddData(XElement element, string attribute, string? nativeData, string? preferredId)
    {
        if (nativeData is not null && element.Attribute("copyOf") is null)
        {
            element.SetAttributeValue(attribute, _data.Register(nativeData, preferredId));
        }
    }
}
