using TranslationReview.Core.Documents;

namespace TranslationReview.Data;

/// <summary>Which segments the grid shows; every condition given must hold.</summary>
/// <param name="States">Only segments in these states; null or empty shows every state.</param>
/// <param name="MaxConfidence">Only segments whose alignment confidence is below this, as the grid marks and the document counts them (segments without a confidence are left out).</param>
/// <param name="Text">Only segments whose source or target contains this text, case-insensitively (any script); null or blank shows all.</param>
public sealed record SegmentFilter(IReadOnlySet<SegmentState>? States = null, double? MaxConfidence = null, string? Text = null)
{
    /// <summary>Below this alignment confidence a segment counts as low-confidence: a reviewer should check it first.</summary>
    public const double LowConfidenceThreshold = 0.5;

    /// <summary>No filter: every segment.</summary>
    public static SegmentFilter None { get; } = new();

    /// <summary>Only low-confidence segments (confidence below <see cref="LowConfidenceThreshold"/>).</summary>
    public static SegmentFilter LowConfidence { get; } = new(MaxConfidence: LowConfidenceThreshold);
}
