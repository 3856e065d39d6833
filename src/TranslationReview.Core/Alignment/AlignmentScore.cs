namespace TranslationReview.Core.Alignment;

/// <summary>
/// How well predicted beads match gold beads. A strict hit is an identical bead; a lax hit is an identical
/// bead or one that shares at least one source–target sentence link with a single gold bead (the scoring
/// used for the Text+Berg evaluations of Bleualign and vecalign).
/// </summary>
/// <param name="Strict">Precision and recall over identical beads.</param>
/// <param name="Lax">Precision and recall over beads that overlap a gold bead.</param>
public sealed record AlignmentScore(PrecisionRecall Strict, PrecisionRecall Lax)
{
    /// <summary>Scores <paramref name="predicted"/> beads against <paramref name="gold"/> beads.</summary>
    /// <param name="predicted">Beads from an aligner; confidences are ignored.</param>
    /// <param name="gold">Reference beads.</param>
    public static AlignmentScore Compare(IReadOnlyList<Bead> predicted, IReadOnlyList<Bead> gold)
    {
        var goldKeys = gold.Select(Key).ToHashSet(StringComparer.Ordinal);
        var predictedKeys = predicted.Select(Key).ToHashSet(StringComparer.Ordinal);
        var goldByLink = LinkOwners(gold);
        var predictedByLink = LinkOwners(predicted);

        var strictPredicted = predicted.Count(b => goldKeys.Contains(Key(b)));
        var strictGold = gold.Count(b => predictedKeys.Contains(Key(b)));
        var laxPredicted = predicted.Count(b => goldKeys.Contains(Key(b)) || SharesLink(b, goldByLink));
        var laxGold = gold.Count(b => predictedKeys.Contains(Key(b)) || SharesLink(b, predictedByLink));

        return new AlignmentScore(
            new PrecisionRecall(Ratio(strictPredicted, predicted.Count), Ratio(strictGold, gold.Count)),
            new PrecisionRecall(Ratio(laxPredicted, predicted.Count), Ratio(laxGold, gold.Count)));
    }

    /// <summary>Both scores on one line, for logs and the command line.</summary>
    public override string ToString() => $"strict {Strict}; lax {Lax}";

    private static double Ratio(int hits, int total) => total == 0 ? 0 : (double)hits / total;

    private static string Key(Bead bead) => bead.ToString();

    private static HashSet<(int Source, int Target)> LinkOwners(IReadOnlyList<Bead> beads)
    {
        var links = new HashSet<(int, int)>();
        foreach (var bead in beads)
        {
            foreach (var s in bead.SourceIndices)
            {
                foreach (var t in bead.TargetIndices)
                {
                    links.Add((s, t));
                }
            }
        }

        return links;
    }

    private static bool SharesLink(Bead bead, HashSet<(int Source, int Target)> links) =>
        bead.SourceIndices.Any(s => bead.TargetIndices.Any(t => links.Contains((s, t))));
}
