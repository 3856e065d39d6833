namespace TranslationReview.Core.Metrics;

/// <summary>
/// How much of a base translation (usually machine translation) survived post-editing, over a document or any set of
/// segments.
/// </summary>
/// <param name="Segments">Segments compared.</param>
/// <param name="Changed">Segments whose final text differs from the base.</param>
/// <param name="BaseWords">Words in the base texts (punctuation and white space not counted).</param>
/// <param name="SurvivedWords">Base words the final texts keep unchanged, in the same order.</param>
public sealed record PostEditSummary(int Segments, int Changed, int BaseWords, int SurvivedWords)
{
    /// <summary>Segments whose final text is the base text.</summary>
    public int Unchanged => Segments - Changed;

    /// <summary>Share of the base words kept unchanged, 0–100; 100 when the base had no words.</summary>
    public double SurvivedPercent => BaseWords == 0 ? 100.0 : 100.0 * SurvivedWords / BaseWords;
}
