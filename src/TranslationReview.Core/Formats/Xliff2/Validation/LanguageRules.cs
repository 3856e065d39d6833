using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>
/// Languages: <c>trgLang</c> is required when any segment or ignorable has a target; the xml:lang of a source (or
/// target) must be <c>srcLang</c> (or <c>trgLang</c>) or a sub-tag of it; a target keeps the xml:space of its source.
/// </summary>
internal sealed class LanguageRules : IXliff2Rule
{
    public void Check(Xliff2ValidationContext context)
    {
        var srcLang = (string?)context.Root.Attribute("srcLang") ?? string.Empty;
        var trgLang = (string?)context.Root.Attribute("trgLang");
        foreach (var part in context.Core("segment").Concat(context.Core("ignorable")))
        {
            var source = part.Element(Xliff2Names.Source);
            var target = part.Element(Xliff2Names.Target);
            if (source is not null && Lang(source) is { } sourceLang && !LanguageTag.Matches(sourceLang, srcLang))
            {
                throw context.Fail(source, $"<source> has xml:lang=\"{sourceLang}\" but the document's srcLang is \"{srcLang}\" ({Xliff2ValidationContext.Where(part)})");
            }

            if (target is null)
            {
                continue;
            }

            if (trgLang is null)
            {
                throw context.Fail(target, $"the document has a <target> ({Xliff2ValidationContext.Where(part)}) but <xliff> has no trgLang attribute");
            }

            var targetLang = Lang(target);
            if (targetLang is not null && !LanguageTag.Matches(targetLang, trgLang))
            {
                throw context.Fail(target, $"<target> has xml:lang=\"{targetLang}\" but the document's trgLang is \"{trgLang}\" ({Xliff2ValidationContext.Where(part)})");
            }

            if (source is not null && Space(source) != Space(target))
            {
                throw context.Fail(target,
                    $"<target> has xml:space=\"{Space(target)}\" but its <source> has \"{Space(source)}\"; a target must keep the white-space handling of its source ({Xliff2ValidationContext.Where(part)})");
            }
        }
    }

    private static string? Lang(XElement element) =>
        element.AncestorsAndSelf().Select(e => (string?)e.Attribute(Xliff2Names.XmlLang)).FirstOrDefault(v => v is not null);

    private static string Space(XElement element) =>
        element.AncestorsAndSelf().Select(e => (string?)e.Attribute(Xliff2Names.XmlSpace)).FirstOrDefault(v => v is not null) ?? "default";
}
