namespace TranslationReview.Data;

/// <summary>One page of the segment grid.</summary>
/// <param name="Rows">The rows of the page, in position order.</param>
/// <param name="TotalCount">How many segments match the filter in the whole document.</param>
public sealed record SegmentPage(IReadOnlyList<SegmentRow> Rows, int TotalCount);
