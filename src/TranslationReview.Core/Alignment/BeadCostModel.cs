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
    private readonly double mergeCost;
    private readonly double skipCost;
    private readonly double lexicalWeight;
    private readonly double lengthVariance;
    private readonly int[] sourceLength;
    private readonly int[] targetLength;
    private readonly double ratio;

    // Shared weight of source s and target t is pairShared[pairOffset[s] + t - pairStart[s]] for
    // pairStart[s] <= t < pairEnd[s]: one flat array, as the search reads it millions of times.
    private readonly int[] pairStart;
    private readonly int[] pairEnd;
    private readonly int[] pairOffset;
    private readonly double[] pairShared;
    private readonly double[] sourceWeight;
    private readonly double[] targetWeight;
    private readonly int[] sourceSentences;
    private readonly int[] targetSentences;

    public BeadCostModel(SentenceProfile[] source, SentenceProfile[] target, double[] weights, double lengthRatio, AlignmentBand band, SentenceAlignerOptions options)
    {
        mergeCost = options.MergeCost;
        skipCost = options.SkipCost + (0.5 * options.LexicalWeight);
        lexicalWeight = options.LexicalWeight;
        lengthVariance = options.LengthVariance;
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
        pairEnd = new int[n];
        pairOffset = new int[n + 1];
        for (var s = 0; s < n; s++)
        {
            pairStart[s] = band.Lo[Math.Max(0, s - BeadShape.MaxSide + 1)];
            pairEnd[s] = Math.Max(pairStart[s], Math.Min(m, band.Hi[s] + BeadShape.MaxSide));
            pairOffset[s + 1] = pairOffset[s] + (pairEnd[s] - pairStart[s]);
        }

        pairShared = new double[pairOffset[n]];
        FillShared(source, target, weights);
    }

    /// <summary>
    /// The shared weight of every source–target pair in the table. Each source sentence spreads its
    /// feature weights over a dense array once (zero elsewhere); a target then adds up what its own sorted
    /// features find there. That is the same sum, in the same order, as merging the two sorted
    /// feature lists and adding the weight of each common feature (adding +0 changes nothing), without a
    /// merge per pair.
    /// </summary>
    private void FillShared(SentenceProfile[] source, SentenceProfile[] target, double[] weights)
    {
        var present = System.Buffers.ArrayPool<double>.Shared.Rent(weights.Length);
        Array.Clear(present, 0, weights.Length);
        for (var s = 0; s < source.Length; s++)
        {
            var features = source[s].Features;
            foreach (var f in features)
            {
                present[f] = weights[f];
            }

            var row = pairOffset[s] - pairStart[s];
            for (var t = pairStart[s]; t < pairEnd[s]; t++)
            {
                var shared = 0.0;
                foreach (var f in target[t].Features)
                {
                    shared += present[f];
                }

                pairShared[row + t] = shared;
            }

            foreach (var f in features)
            {
                present[f] = 0;
            }
        }

        System.Buffers.ArrayPool<double>.Shared.Return(present);
    }

    /// <summary>A cost no bead of this shape can go below: the prior of a pairing shape.</summary>
    public double LowerBound(BeadShape shape) =>
        shape.Source == 0 || shape.Target == 0 ? 0 : mergeCost * (shape.Source + shape.Target - 2);

    /// <summary>Cost of the bead that starts at grid point (i, j) with the given shape.</summary>
    public double Cost(int i, int j, BeadShape shape) =>
        CostBelow(i, j, shape.Source, shape.Target, 0, double.PositiveInfinity);

    /// <summary>
    /// Cost of the bead of <paramref name="sources"/> × <paramref name="targets"/> sentences that starts at
    /// grid point (i, j), or +∞ once it is clear that <paramref name="arrival"/> plus the cost cannot fall
    /// below <paramref name="limit"/>: the length cost, the dearest part to compute, is then never needed.
    /// The cost is exactly what <see cref="Cost"/> returns, so pruning never changes which bead wins.
    /// </summary>
    public double CostBelow(int i, int j, int sources, int targets, double arrival, double limit)
    {
        if (sources == 0 || targets == 0)
        {
            // A block of sentences left out costs what leaving out each of its sentences costs.
            var skipped = sourceSentences[i + sources] - sourceSentences[i] + targetSentences[j + targets] - targetSentences[j];
            return skipped * skipCost;
        }

        var shared = 0.0;
        for (var s = i; s < i + sources; s++)
        {
            var start = pairStart[s];
            var end = pairEnd[s];
            var offset = pairOffset[s] - start;
            for (var t = j; t < j + targets; t++)
            {
                if (t >= start && t < end)
                {
                    shared += pairShared[offset + t];
                }
            }
        }

        var prior = mergeCost * (sources + targets - 2);
        var sentences = SentencesIn(i, j, sources, targets);
        var lexical = lexicalWeight * sentences / 2.0 * (1.0 - Similarity(shared, i, j, sources, targets));

        // Rounding is monotonic, so a floor under the length cost gives a floor under the sum; first the
        // floor of any length cost (saves the square root), then the floor for this bead's length gap.
        if (arrival + (prior + LengthCostFloor.Lowest + lexical) >= limit)
        {
            return double.PositiveInfinity;
        }

        var delta = LengthGap(sourceLength[i + sources] - sourceLength[i], targetLength[j + targets] - targetLength[j]);
        if (arrival + (prior + LengthCostFloor.At(delta) + lexical) >= limit)
        {
            return double.PositiveInfinity;
        }

        return prior + NegativeLogTail(delta) + lexical;
    }

    /// <summary>
    /// Gale and Church: the target length is normal around ratio × source length with a variance that grows
    /// with the length; the cost is −log of the two-sided tail probability of this gap.
    /// </summary>
    private double LengthGap(int sourceChars, int targetChars)
    {
        var mean = ((sourceChars * ratio) + targetChars) / 2.0;
        return Math.Abs(targetChars - (ratio * sourceChars)) / Math.Sqrt(lengthVariance * Math.Max(mean, 1.0));
    }

    /// <summary>−ln(erfc(δ/√2)), by the Chebyshev fit of Numerical Recipes (relative error below 1.2e-7).</summary>
    internal static double NegativeLogTail(double delta)
    {
        var z = delta / Math.Sqrt(2.0);
        var t = 1.0 / (1.0 + (0.5 * z));
        var poly = -1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418 + (t * (-0.18628806
            + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587 + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))));
        return -(Math.Log(t) - (z * z) + poly);
    }

    private int SentencesIn(int i, int j, int sources, int targets) =>
        sourceSentences[i + sources] - sourceSentences[i] + targetSentences[j + targets] - targetSentences[j];

    private static int[] Prefix(SentenceProfile[] profiles, Func<SentenceProfile, int> count)
    {
        var prefix = new int[profiles.Length + 1];
        for (var i = 0; i < profiles.Length; i++)
        {
            prefix[i + 1] = prefix[i] + count(profiles[i]);
        }

        return prefix;
    }

    private double Similarity(double shared, int i, int j, int sources, int targets)
    {
        var total = sourceWeight[i + sources] - sourceWeight[i] + targetWeight[j + targets] - targetWeight[j];
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
