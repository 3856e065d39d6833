namespace TranslationReview.Core.Alignment;

/// <summary>
/// The cost of a bead: a prior on its shape, Gale and Church's length cost, and a lexical cost that falls as
/// the share of weighted evidence its two sides have in common (numbers, names, cognates, learned
/// translations) rises, counted per sentence so that merging sentences is neither favoured nor penalized by
/// itself. Shared evidence between a source and a target sentence is computed once per pair inside the band,
/// and a bead adds up its pairs.
/// </summary>
internal sealed class BeadCostModel
{
    private readonly SentenceAlignerOptions options;
    private readonly int[] sourceLength;
    private readonly int[] targetLength;
    private readonly double ratio;
    private readonly int[] pairStart;
    private readonly double[][] pairShared;
    private readonly double[] sourceWeight;
    private readonly double[] targetWeight;
    private readonly int[] sourceSentences;
    private readonly int[] targetSentences;

    public BeadCostModel(SentenceProfile[] source, SentenceProfile[] target, double[] weights, double lengthRatio, AlignmentBand band, SentenceAlignerOptions options)
    {
        this.options = options;
        sourceLength = PrefixLengths(source);
        targetLength = PrefixLengths(target);
        ratio = lengthRatio;
        sourceSentences = Prefix(source, p => p.Sentences);
        targetSentences = Prefix(target, p => p.Sentences);

        sourceWeight = PrefixWeights(source, weights);
        targetWeight = PrefixWeights(target, weights);
        var n = source.Length;
        var m = target.Length;
        pairStart = new int[n];
        pairShared = new double[n][];
        for (var s = 0; s < n; s++)
        {
            var from = band.Lo[Math.Max(0, s - BeadShape.MaxSide + 1)];
            var to = Math.Min(m, band.Hi[s] + BeadShape.MaxSide);
            pairStart[s] = from;
            var row = new double[Math.Max(0, to - from)];
            for (var t = from; t < to; t++)
            {
                row[t - from] = source[s].SharedWeight(target[t], weights);
            }

            pairShared[s] = row;
        }
    }

    /// <summary>A cost no bead of this shape can go below: the prior of a pairing shape.</summary>
    public double LowerBound(BeadShape shape) =>
        shape.Source == 0 || shape.Target == 0 ? 0 : options.MergeCost * (shape.Source + shape.Target - 2);

    /// <summary>Cost of the bead that starts at grid point (i, j) with the given shape.</summary>
    public double Cost(int i, int j, BeadShape shape)
    {
        if (shape.Source == 0 || shape.Target == 0)
        {
            // A block of sentences left out costs what leaving out each of its sentences costs.
            var skipped = sourceSentences[i + shape.Source] - sourceSentences[i] + targetSentences[j + shape.Target] - targetSentences[j];
            return skipped * (options.SkipCost + (0.5 * options.LexicalWeight));
        }

        var shared = 0.0;
        for (var s = i; s < i + shape.Source; s++)
        {
            var row = pairShared[s];
            var start = pairStart[s];
            for (var t = j; t < j + shape.Target; t++)
            {
                var k = t - start;
                if (k >= 0 && k < row.Length)
                {
                    shared += row[k];
                }
            }
        }

        var sourceChars = sourceLength[i + shape.Source] - sourceLength[i];
        var targetChars = targetLength[j + shape.Target] - targetLength[j];
        return (options.MergeCost * (shape.Source + shape.Target - 2))
            + LengthCost(sourceChars, targetChars)
            + (options.LexicalWeight * SentencesIn(i, j, shape) / 2.0 * (1.0 - Similarity(shared, i, j, shape)));
    }

    /// <summary>
    /// Gale and Church: the target length is normal around ratio × source length with a variance that grows
    /// with the length; the cost is −log of the two-sided tail probability.
    /// </summary>
    private double LengthCost(int sourceChars, int targetChars)
    {
        var mean = ((sourceChars * ratio) + targetChars) / 2.0;
        var delta = Math.Abs(targetChars - (ratio * sourceChars)) / Math.Sqrt(options.LengthVariance * Math.Max(mean, 1.0));
        return NegativeLogTail(delta);
    }

    /// <summary>−ln(erfc(δ/√2)), by the Chebyshev fit of Numerical Recipes (relative error below 1.2e-7).</summary>
    private static double NegativeLogTail(double delta)
    {
        var z = delta / Math.Sqrt(2.0);
        var t = 1.0 / (1.0 + (0.5 * z));
        var poly = -1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418 + (t * (-0.18628806
            + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587 + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))));
        return -(Math.Log(t) - (z * z) + poly);
    }

    private int SentencesIn(int i, int j, BeadShape shape) =>
        sourceSentences[i + shape.Source] - sourceSentences[i] + targetSentences[j + shape.Target] - targetSentences[j];

    private static int[] Prefix(SentenceProfile[] profiles, Func<SentenceProfile, int> count)
    {
        var prefix = new int[profiles.Length + 1];
        for (var i = 0; i < profiles.Length; i++)
        {
            prefix[i + 1] = prefix[i] + count(profiles[i]);
        }

        return prefix;
    }

    private double Similarity(double shared, int i, int j, BeadShape shape)
    {
        var total = sourceWeight[i + shape.Source] - sourceWeight[i] + targetWeight[j + shape.Target] - targetWeight[j];
        return total <= 0 ? 0 : Math.Min(1.0, 2.0 * shared / total);
    }

    private static double[] PrefixWeights(SentenceProfile[] profiles, double[] weights)
    {
        var prefix = new double[profiles.Length + 1];
        for (var i = 0; i < profiles.Length; i++)
        {
            prefix[i + 1] = prefix[i] + profiles[i].Features.Sum(f => weights[f]);
        }

        return prefix;
    }

    private static int[] PrefixLengths(SentenceProfile[] profiles)
    {
        var prefix = new int[profiles.Length + 1];
        for (var i = 0; i < profiles.Length; i++)
        {
            prefix[i + 1] = prefix[i] + profiles[i].Length;
        }

        return prefix;
    }
}
