using TranslationReview.Core.Documents;

namespace TranslationReview.Data.Segments;

/// <summary>Turns a <see cref="SegmentFilter"/> into conditions on the segments table.</summary>
internal static class SegmentQueries
{
    public static bool IsEmpty(SegmentFilter filter) =>
        filter.States is not { Count: > 0 } && filter.MaxConfidence is null && string.IsNullOrWhiteSpace(filter.Text);

    public static IQueryable<DocumentSegment> Apply(IQueryable<DocumentSegment> segments, SegmentFilter filter)
    {
        if (filter.States is { Count: > 0 } states)
        {
            SegmentState[] wanted = [.. states];
            segments = segments.Where(s => wanted.Contains(s.State));
        }

        if (filter.MaxConfidence is { } max)
        {
            segments = segments.Where(s => s.AlignmentConfidence != null && s.AlignmentConfidence < max);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            // Contains becomes instr(), which needs no escaping of % and _ (LIKE would).
            var needle = SearchText.Normalize(filter.Text.Trim());
            segments = segments.Where(s => s.SourceSearch.Contains(needle) || (s.TargetSearch != null && s.TargetSearch.Contains(needle)));
        }

        return segments;
    }
}
