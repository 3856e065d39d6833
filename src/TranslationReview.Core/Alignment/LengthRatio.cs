namespace TranslationReview.Core.Alignment;

/// <summary>
/// How many target characters a source character becomes, the centre of Gale and Church's length model.
/// </summary>
internal static class LengthRatio
{
    // Beyond this factor between the two estimates, one side is taken to be incomplete.
    private const double IncompleteFactor = 2.0;

    /// <summary>
    /// The ratio of the total lengths, unless it disagrees by more than a factor of two with the ratio of
    /// the average sentence lengths: then one document is probably truncated or padded with untranslated
    /// material, and typical sentence lengths say more than totals.
    /// </summary>
    public static double Estimate(SentenceProfile[] source, SentenceProfile[] target)
    {
        double sourceTotal = source.Sum(s => (double)s.Length);
        double targetTotal = target.Sum(t => (double)t.Length);
        if (sourceTotal == 0 || targetTotal == 0)
        {
            return 1.0;
        }

        var totals = targetTotal / sourceTotal;
        var perSentence = targetTotal / target.Length / (sourceTotal / source.Length);
        return Math.Abs(Math.Log(totals / perSentence)) > Math.Log(IncompleteFactor) ? perSentence : totals;
    }
}
