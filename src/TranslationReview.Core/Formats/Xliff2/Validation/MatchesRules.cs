using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>
/// Translation Candidates module: a match id is an NMTOKEN unique in its <c>matches</c>; no xml:lang on a match;
/// <c>type</c> from the module's list and <c>subType</c> only with <c>type</c>; <c>ref</c> is a fragment identifier
/// pointing to a segment or annotation of the same unit.
/// </summary>
internal sealed class MatchesRules : IXliff2Rule
{
    private static readonly XNamespace Mtc = Xliff2Names.MatchesUri;
    private static readonly string[] Types = ["am", "mt", "icm", "idm", "tb", "tm", "other"];

    public void Check(Xliff2ValidationContext context)
    {
        foreach (var matches in context.Root.Descendants(Mtc + "matches"))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var match in matches.Elements(Mtc + "match"))
            {
                var id = (string?)match.Attribute("id");
                if (id is not null && Xliff2Syntax.IsNmToken(id) && !seen.Add(id))
                {
                    throw context.Fail(match, $"the match id \"{id}\" is used more than once in its <mtc:matches> ({Xliff2ValidationContext.Where(match)})");
                }
            }

            foreach (var match in matches.Elements(Mtc + "match"))
            {
                var where = Xliff2ValidationContext.Where(match);
                var id = (string?)match.Attribute("id");
                if (id is not null && !Xliff2Syntax.IsNmToken(id))
                {
                    throw context.Fail(match, $"<mtc:match> has id=\"{id}\", which is not a valid identifier (NMTOKEN) ({where})");
                }

                if (match.Attribute(Xliff2Names.XmlLang) is not null)
                {
                    throw context.Fail(match, $"<mtc:match> must not have xml:lang; its languages are the document's ({where})");
                }

                var type = (string?)match.Attribute("type");
                if (type is not null && !Types.Contains(type))
                {
                    throw context.Fail(match, $"<mtc:match> has type=\"{type}\"; allowed: {string.Join(", ", Types)} ({where})");
                }

                if (match.Attribute("subType") is not null && type is null)
                {
                    throw context.Fail(match, $"<mtc:match> has subType but no type ({where})");
                }

                CheckReference(context, match, where);
            }
        }
    }

    private static void CheckReference(Xliff2ValidationContext context, XElement match, string where)
    {
        var reference = (string?)match.Attribute("ref");
        if (reference is null)
        {
            throw context.Fail(match, $"<mtc:match> requires a ref to the text it is a candidate for ({where})");
        }

        var fragment = FragmentIdentifier.Parse(reference);
        if (fragment is null || fragment.Problem() is not null)
        {
            throw context.Fail(match, $"<mtc:match> has ref=\"{reference}\", which is not a fragment identifier such as \"#segment-id\" ({where})");
        }

        var leaf = fragment.Leaf;
        var unit = Xliff2ValidationContext.UnitOf(match);
        var found = leaf is { Prefix: "" or "t" } && unit is not null && unit.Descendants()
            .Any(e => e.Name.Namespace == Xliff2Names.Core && (string?)e.Attribute("id") == leaf.Value.Id
                && (e.Name == Xliff2Names.Segment || e.Name == Xliff2Names.Mrk || e.Name == Xliff2Names.Sm));
        if (!found)
        {
            throw context.Fail(match, $"<mtc:match> has ref=\"{reference}\", which does not point to a segment or annotation of the same unit ({where})");
        }
    }
}
