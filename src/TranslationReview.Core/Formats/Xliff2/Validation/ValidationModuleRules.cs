using System.Globalization;
using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>
/// Validation module: <c>val:validation</c> holds <c>val:rule</c> elements only; each rule has exactly one of
/// isPresent, isNotPresent, startsWith, endsWith or a custom (extension) rule attribute; <c>existsInSource</c> goes with
/// isPresent, startsWith or endsWith; <c>occurs</c> is a positive integer; yes/no and normalization values.
/// </summary>
internal sealed class ValidationModuleRules : IXliff2Rule
{
    private static readonly XNamespace Val = Xliff2Names.ValidationUri;
    private static readonly string[] Kinds = ["isPresent", "isNotPresent", "startsWith", "endsWith"];

    public void Check(Xliff2ValidationContext context)
    {
        foreach (var element in context.AllElements.Where(e => e.Name.Namespace == Val))
        {
            var where = Xliff2ValidationContext.Where(element);
            if (element.Name.LocalName is not ("validation" or "rule"))
            {
                throw context.Fail(element, $"<val:{element.Name.LocalName}> is not an element of the Validation module ({where})");
            }

            if (element.Name.LocalName == "rule")
            {
                CheckRule(context, element, where);
            }
        }
    }

    private static void CheckRule(Xliff2ValidationContext context, XElement rule, string where)
    {
        var kinds = Kinds.Where(k => rule.Attribute(k) is not null).ToList();
        var custom = rule.Attributes().Count(a => !a.IsNamespaceDeclaration && a.Name.Namespace != XNamespace.None);
        if ((string?)rule.Attribute("existsInSource") == "yes" && !kinds.Any(k => k is "isPresent" or "startsWith" or "endsWith"))
        {
            throw context.Fail(rule, $"<val:rule> has existsInSource=\"yes\" but no isPresent, startsWith or endsWith ({where})");
        }

        if (kinds.Count + custom != 1)
        {
            throw context.Fail(rule, $"<val:rule> must have exactly one of isPresent, isNotPresent, startsWith, endsWith or a custom rule attribute (found {kinds.Count + custom}) ({where})");
        }

        if ((string?)rule.Attribute("occurs") is { } occurs
            && !(int.TryParse(occurs, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1))
        {
            throw context.Fail(rule, $"<val:rule> has occurs=\"{occurs}\"; it must be a positive integer ({where})");
        }

        foreach (var flag in new[] { "existsInSource", "caseSensitive", "disabled" })
        {
            if ((string?)rule.Attribute(flag) is { } value && value is not ("yes" or "no"))
            {
                throw context.Fail(rule, $"<val:rule> has {flag}=\"{value}\"; allowed: yes, no ({where})");
            }
        }

        if ((string?)rule.Attribute("normalization") is { } normalization && normalization is not ("none" or "nfc" or "nfd"))
        {
            throw context.Fail(rule, $"<val:rule> has normalization=\"{normalization}\"; allowed: none, nfc, nfd ({where})");
        }
    }
}
