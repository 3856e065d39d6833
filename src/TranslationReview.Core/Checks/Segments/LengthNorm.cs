namespace TranslationReview.Core.Checks.Segments;

/// <summary>The expected target/source length of a document, as log ratios, and the limits beyond which a segment stands out.</summary>
/// <param name="Median">Median log ratio of target to source length.</param>
/// <param name="Spread">Robust standard deviation of the log ratios (1.4826 × median absolute deviation).</param>
internal sealed record LengthNorm(double Median, double Spread)
{
    /// <summary>
    /// Below this log ratio a target is short enough to suggest an omission: under 60% of the norm (a lost sentence of
    /// two, a lost clause of a long sentence), or further in a noisy document.
    /// </summary>
    public double ShortLimit => Median + Math.Min(Math.Log(0.6), -3.5 * Spread);

    /// <summary>Below this log ratio the shortfall is extreme: under 40% of the norm, or further in a noisy document.</summary>
    public double ExtremeShortLimit => Median + Math.Min(Math.Log(0.4), -5 * Spread);

    /// <summary>Above this log ratio a target is long enough to suggest an addition.</summary>
    public double LongLimit => Median + Math.Max(Math.Log(2.5), 4 * Spread);

    /// <summary>The norm of the given log ratios, or the fallback when there are too few of them to trust.</summary>
    public static LengthNorm Estimate(IReadOnlyList<double> logRatios, int minimumCount, double fallbackMedian, double fallbackSpread)
    {
        if (logRatios.Count < minimumCount)
        {
            return new LengthNorm(fallbackMedian, fallbackSpread);
        }

        var median = MedianOf(logRatios);
        var deviation = MedianOf([.. logRatios.Select(r => Math.Abs(r - median))]);
        return new LengthNorm(median, 1.4826 * deviation);
    }

    /// <summary>
    /// The usual ratio of target to source letters for a language pair when a document is too short to measure its
    /// own: English runs about 5% longer than Russian or Ukrainian in letters (measured on edited news translations).
    /// </summary>
    public static double UsualRatio(string sourceLanguage, string targetLanguage)
    {
        var source = LetterScripts.OfLanguage(sourceLanguage);
        var target = LetterScripts.OfLanguage(targetLanguage);
        return (source, target) switch
        {
            (LetterScript.Cyrillic, LetterScript.Latin) => 1.05,
            (LetterScript.Latin, LetterScript.Cyrillic) => 1 / 1.05,
            _ => 1.0,
        };
    }

    private static double MedianOf(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
