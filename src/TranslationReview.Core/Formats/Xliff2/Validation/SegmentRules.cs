namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>
/// Skeleton, unit and segment constraints the XSD cannot express: a skeleton has an href or content (not both, not
/// neither); a unit has at least one segment; subState needs state; translated/reviewed/final need a target;
/// <c>translate</c> belongs to structure and annotations, not segments (checked by the structure rules).
/// </summary>
internal sealed class SegmentRules : IXliff2Rule
{
    public void Check(Xliff2ValidationContext context)
    {
        foreach (var skeleton in context.Core("skeleton"))
        {
            var hasHref = skeleton.Attribute("href") is not null;
            var hasContent = skeleton.Nodes().Any();
            if (hasHref == hasContent)
            {
                throw context.Fail(skeleton, hasHref
                    ? "<skeleton> has an href and content; it must be empty when it points to an external skeleton"
                    : "<skeleton> is empty and has no href; it must either hold the skeleton or point to it");
            }
        }

        foreach (var unit in context.Core("unit"))
        {
            if (!unit.Elements(Xliff2Names.Segment).Any())
            {
                throw context.Fail(unit, $"unit \"{(string?)unit.Attribute("id")}\" has no <segment>; a unit needs at least one");
            }
        }

        foreach (var segment in context.Core("segment"))
        {
            var state = (string?)segment.Attribute("state");
            if (segment.Attribute("subState") is not null && state is null)
            {
                throw context.Fail(segment, $"<segment> has a subState but no state; subState refines an explicit state ({Xliff2ValidationContext.Where(segment)})");
            }

            if (state is "translated" or "reviewed" or "final" && segment.Element(Xliff2Names.Target) is null)
            {
                throw context.Fail(segment, $"<segment> has state=\"{state}\" but no <target> ({Xliff2ValidationContext.Where(segment)})");
            }
        }
    }
}
