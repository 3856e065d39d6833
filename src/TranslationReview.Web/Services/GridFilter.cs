using TranslationReview.Core.Documents;
using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>What the reviewer asked the grid to show: states (none = all), low confidence only, and a text to find.</summary>
/// <param name="States">States to show; empty shows every state.</param>
/// <param name="LowConfidenceOnly">Show only segments whose alignment confidence is below <paramref name="Threshold"/>.</param>
/// <param name="Threshold">The confidence below which a segment counts as low-confidence.</param>
/// <param name="Text">Text to find in source or target, case-insensitive; empty finds everything.</param>
public sealed record GridFilter(IReadOnlySet<SegmentState> States, bool LowConfidenceOnly, double Threshold, string Text)
{
    public const double DefaultThreshold = 0.5;

    public static GridFilter None { get; } = new(new HashSet<SegmentState>(), false, DefaultThreshold, "");

    /// <summary>Sorting and filtering by how much the versions of a segment disagree.</summary>
    public DisagreementFilter Disagreement { get; init; } = DisagreementFilter.None;

    public bool IsActive => States.Count > 0 || LowConfidenceOnly || !string.IsNullOrWhiteSpace(Text) || Disagreement.Filters;

    /// <summary>True when a condition other than disagreement applies.</summary>
    public bool FiltersSegments => States.Count > 0 || LowConfidenceOnly || !string.IsNullOrWhiteSpace(Text);

    public SegmentFilter ToSegmentFilter() => new(
        States.Count == 0 ? null : States,
        LowConfidenceOnly ? Threshold : null,
        string.IsNullOrWhiteSpace(Text) ? null : Text.Trim());

    public static bool IsLowConfidence(double? confidence, double threshold) => confidence is { } value && value < threshold;
}
