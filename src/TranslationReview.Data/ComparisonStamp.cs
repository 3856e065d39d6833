namespace TranslationReview.Data;

/// <summary>
/// A cheap fingerprint of everything comparisons read from a document: when it differs from an earlier one, some
/// target or version changed.
/// </summary>
/// <param name="SegmentCount">Segments in the document.</param>
/// <param name="LastChange">The latest time any segment was imported or changed.</param>
/// <param name="LastVersionId">The highest key of any of the document's versions (0 for none).</param>
/// <param name="VersionCount">How many versions the document's segments have.</param>
public sealed record ComparisonStamp(int SegmentCount, DateTimeOffset LastChange, long LastVersionId, int VersionCount);
