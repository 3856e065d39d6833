using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>
/// Size and Length Restriction module: <c>equivStorage</c> is a non-negative integer; a numeric <c>sizeInfo</c> must be
/// one too (the general and storage profiles count whole units), while a non-numeric <c>sizeInfo</c> is data of a
/// tool's own profile and left free (the core test suite uses <c>sizeInfo="some info"</c> in a valid file);
/// <c>sizeRestriction</c>/<c>storageRestriction</c> are a size or a <c>min,max</c> pair (<c>*</c> for no limit);
/// <c>sizeInfo</c> and <c>sizeInfoRef</c> exclude each other; <c>sizeInfoRef</c> points to an <c>slr:data</c> in scope;
/// none of them is allowed on a non-isolated <c>ec</c>.
/// </summary>
internal sealed partial class SizeRestrictionRules : IXliff2Rule
{
    private static readonly XNamespace Slr = Xliff2Names.SizeRestrictionUri;

    public void Check(Xliff2ValidationContext context)
    {
        foreach (var element in context.AllElements.Where(e => Xliff2ValidationContext.HasAttributeIn(e, Slr)))
        {
            var where = Xliff2ValidationContext.Where(element);
            var name = element.Name.LocalName;
            if (element.Name == Xliff2Names.Ec && (string?)element.Attribute("isolated") != "yes")
            {
                throw context.Fail(element, $"slr attributes are not allowed on a non-isolated <ec>; its <sc> carries them ({where})");
            }

            foreach (var integer in new[] { "equivStorage" })
            {
                if ((string?)element.Attribute(Slr + integer) is { } value && !NonNegativeInteger().IsMatch(value))
                {
                    throw context.Fail(element, $"<{name}> has slr:{integer}=\"{value}\"; it must be a non-negative integer ({where})");
                }
            }

            foreach (var restriction in new[] { "sizeRestriction", "storageRestriction" })
            {
                if ((string?)element.Attribute(Slr + restriction) is { } value && !Restriction().IsMatch(value))
                {
                    throw context.Fail(element, $"<{name}> has slr:{restriction}=\"{value}\"; it must be a size or min,max (for example 90 or 25,100) ({where})");
                }
            }

            if ((string?)element.Attribute(Slr + "sizeInfo") is { } sizeInfo && Number().IsMatch(sizeInfo) && !NonNegativeInteger().IsMatch(sizeInfo))
            {
                throw context.Fail(element, $"<{name}> has slr:sizeInfo=\"{sizeInfo}\"; a size must be a non-negative integer ({where})");
            }

            var sizeInfoRef = (string?)element.Attribute(Slr + "sizeInfoRef");
            if (sizeInfoRef is not null && element.Attribute(Slr + "sizeInfo") is not null)
            {
                throw context.Fail(element, $"<{name}> has both slr:sizeInfo and slr:sizeInfoRef; use one ({where})");
            }

            if (sizeInfoRef is not null && !InScope(element, sizeInfoRef))
            {
                throw context.Fail(element, $"<{name}> has slr:sizeInfoRef=\"{sizeInfoRef}\" but no <slr:data id=\"{sizeInfoRef}\"> is in scope ({where})");
            }
        }
    }

    /// <summary>True when an element inside an <c>slr:data</c> sibling of the element or of an ancestor has the id.</summary>
    private static bool InScope(XElement element, string id) =>
        element.AncestorsAndSelf().Any(a => a.Parent is { } parent
            && parent.Elements(Slr + "data").Descendants().Any(d => (string?)d.Attribute("id") == id || (string?)d.Attribute(XNamespace.Xml + "id") == id))
        || (Xliff2ValidationContext.UnitOf(element) is { } unit
            && unit.Elements(Slr + "data").Descendants().Any(d => (string?)d.Attribute("id") == id));

    [GeneratedRegex(@"^[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NonNegativeInteger();

    [GeneratedRegex(@"^\s*[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^(\*|[0-9]+)(,(\*|[0-9]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Restriction();
}
