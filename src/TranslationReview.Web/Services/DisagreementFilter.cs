namespace TranslationReview.Web.Services;

/// <summary>How the grid uses the disagreement between a segment's versions.</summary>
/// <param name="SortByDisagreement">Show the segments whose versions disagree most first (then those without versions, in document order).</param>
/// <param name="MinScore">Show only segments with versions whose disagreement score is at least this (0–1); null shows every segment.</param>
public sealed record DisagreementFilter(bool SortByDisagreement = false, double? MinScore = null)
{
    public static DisagreementFilter None { get; } = new();

    /// <summary>True when the grid must page through the disagreement ranking instead of document order.</summary>
    public bool IsActive => SortByDisagreement || MinScore is not null;

    /// <summary>True when some segments are left out.</summary>
    public bool Filters => MinScore is not null;
}
