using TranslationReview.Core.Checks;

namespace TranslationReview.Data;

/// <summary>An automatic check's finding with the key of the segment it concerns.</summary>
/// <param name="SegmentId">The segment's key (the finding's segment number mapped through the document's positions).</param>
/// <param name="Finding">What the check found.</param>
public sealed record SegmentFinding(long SegmentId, CheckFinding Finding);
