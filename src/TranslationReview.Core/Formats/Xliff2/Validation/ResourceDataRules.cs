using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>
/// Resource Data module: resourceItem and resourceItemRef ids are unique in their <c>resourceData</c>; a
/// <c>res:source</c>/<c>res:target</c>/<c>res:reference</c> either points to the resource with href or holds it, not
/// both; the xml:lang of <c>res:source</c> matches srcLang (a <c>res:target</c> may be in another variant than trgLang,
/// as the test suite's valid files show).
/// </summary>
internal sealed class ResourceDataRules : IXliff2Rule
{
    private static readonly XNamespace Res = Xliff2Names.ResourceDataUri;

    public void Check(Xliff2ValidationContext context)
    {
        var srcLang = (string?)context.Root.Attribute("srcLang") ?? string.Empty;
        foreach (var resourceData in context.Root.Descendants(Res + "resourceData"))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in resourceData.Elements().Where(e => e.Name == Res + "resourceItem" || e.Name == Res + "resourceItemRef"))
            {
                if ((string?)item.Attribute("id") is { } id && !seen.Add(id))
                {
                    throw context.Fail(item,
                        $"the id \"{id}\" is used more than once among the resource items of its <res:resourceData> ({Xliff2ValidationContext.Where(item)})");
                }
            }
        }

        foreach (var resource in context.AllElements.Where(e => e.Name.Namespace == Res && e.Name.LocalName is "source" or "target" or "reference"))
        {
            var where = Xliff2ValidationContext.Where(resource);
            var name = resource.Name.LocalName;
            var hasContent = resource.Nodes().Any(n => n is XElement || (n is XText t && !string.IsNullOrWhiteSpace(t.Value)));
            if (resource.Attribute("href") is not null && hasContent)
            {
                throw context.Fail(resource, $"<res:{name}> has an href and content; it must either point to the resource or hold it ({where})");
            }

            var lang = (string?)resource.Attribute(Xliff2Names.XmlLang);
            var expected = name == "source" ? srcLang : null;
            if (lang is not null && expected is not null && !LanguageTag.Matches(lang, expected))
            {
                throw context.Fail(resource, $"<res:source> has xml:lang=\"{lang}\" but the document's srcLang is \"{expected}\" ({where})");
            }
        }
    }
}
