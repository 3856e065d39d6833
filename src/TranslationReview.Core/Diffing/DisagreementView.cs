namespace TranslationReview.Core.Diffing;

/// <summary>
/// Where several versions of one segment (for example two machine translations and a revision) disagree: one row
/// per version, in the order given, with the runs that not every version shares marked as disputed, and a score to
/// rank segments by.
/// </summary>
/// <param name="Rows">One row per version.</param>
/// <param name="PivotVersion">
/// The version the others were aligned to: the medoid, i.e. the one most similar to all others (the first on a tie).
/// </param>
/// <param name="Score">
/// 0 when all versions are identical, up to 1 when they share no word: 1 − the mean pairwise token-level
/// similarity (<see cref="TextDiff.Similarity"/>). A document view sorts its segments by it, highest first.
/// </param>
public sealed record DisagreementView(IReadOnlyList<DisagreementRow> Rows, int PivotVersion, double Score)
{
    /// <summary>True when every version is the same text.</summary>
    public bool IsUnanimous => Rows.All(r => r.Spans.All(s => !s.Disputed));
}
