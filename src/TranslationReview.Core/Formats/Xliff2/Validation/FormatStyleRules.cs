using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>
/// Format Style module: only <c>fs:fs</c> and <c>fs:subFs</c> exist; <c>fs:fs</c> names an HTML element; <c>fs:subFs</c>
/// needs <c>fs:fs</c>; neither is allowed on a non-isolated <c>ec</c> (it follows its <c>sc</c>).
/// </summary>
internal sealed class FormatStyleRules : IXliff2Rule
{
    private static readonly XNamespace Fs = Xliff2Names.FormatStyleUri;

    private static readonly HashSet<string> HtmlElements = new(StringComparer.Ordinal)
    {
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote", "body", "br",
        "button", "canvas", "caption", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details", "dfn",
        "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "keygen", "label",
        "legend", "li", "link", "main", "map", "mark", "menu", "menuitem", "meta", "meter", "nav", "noscript", "object", "ol",
        "optgroup", "option", "output", "p", "param", "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp",
        "script", "section", "select", "small", "source", "span", "strong", "style", "sub", "summary", "sup", "table", "tbody",
        "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "u", "ul", "var", "video", "wbr",
        "acronym", "applet", "basefont", "big", "center", "dir", "font", "frame", "frameset", "noframes", "strike", "tt",
    };

    public void Check(Xliff2ValidationContext context)
    {
        foreach (var element in context.AllElements.Where(e => Xliff2ValidationContext.HasAttributeIn(e, Fs)))
        {
            foreach (var attribute in element.Attributes().Where(a => a.Name.Namespace == Fs))
            {
                var where = Xliff2ValidationContext.Where(element);
                if (attribute.Name.LocalName is not ("fs" or "subFs"))
                {
                    throw context.Fail(element, $"fs:{attribute.Name.LocalName} is not an attribute of the Format Style module (only fs:fs and fs:subFs) ({where})");
                }

                if (element.Name == Xliff2Names.Ec && (string?)element.Attribute("isolated") != "yes")
                {
                    throw context.Fail(element, $"fs:{attribute.Name.LocalName} is not allowed on a non-isolated <ec>; it takes the formatting of its <sc> ({where})");
                }

                if (attribute.Name.LocalName == "fs" && !HtmlElements.Contains(attribute.Value))
                {
                    throw context.Fail(element, $"fs:fs=\"{attribute.Value}\" is not the name of an HTML element ({where})");
                }

                if (attribute.Name.LocalName == "subFs" && element.Attribute(Fs + "fs") is null)
                {
                    throw context.Fail(element, $"fs:subFs needs fs:fs on the same element ({where})");
                }
            }
        }
    }
}
