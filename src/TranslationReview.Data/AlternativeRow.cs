namespace TranslationReview.Data;

/// <summary>One row of the Alternatives page: a segment's source beside its alternative under one label.</summary>
/// <param name="SegmentId">The segment's key.</param>
/// <param name="Position">The segment's number in its document.</param>
/// <param name="Source">The source as plain text.</param>
/// <param name="VersionId">The alternative's key, or null when the segment has no alternative under the label.</param>
/// <param name="Text">The alternative as plain text (empty when a sentence group went to a neighbour), or null when there is none.</param>
/// <param name="Confidence">How sure its placement is (0–1), 1 after a repair; null when not known.</param>
public sealed record AlternativeRow(long SegmentId, int Position, string Source, long? VersionId, string? Text, double? Confidence);
