namespace TranslationReview.Core.Metrics;

/// <summary>
/// chrF (Popović 2015) with sacreBLEU 2.x conventions, so that figures agree with <c>sacrebleu -m chrf</c>:
/// character n-grams of orders 1–6 over the text with all whitespace removed, no word n-grams (chrF, not chrF++),
/// β = 2, case-sensitive. Precision and recall are averaged over the orders that have n-grams on both sides and
/// the F-β score is taken from those averages; the corpus score sums the n-gram statistics over all segments first.
/// </summary>
public sealed class ChrF : ITranslationMetric
{
    private const double Epsilon = 1e-16;
    private const int MaxCharOrder = 6;

    /// <summary>The longest character n-gram (sacreBLEU <c>char_order</c>, default 6), from 1 to 6.</summary>
    public int CharOrder
    {
        get;
        init => field = value is >= 1 and <= MaxCharOrder
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"chrF character order must be 1 to {MaxCharOrder}");
    } = 6;

    /// <summary>Weight of recall over precision (sacreBLEU <c>beta</c>, default 2).</summary>
    public double Beta { get; init; } = 2;

    /// <summary>Remove whitespace before extracting n-grams (sacreBLEU's default; false is <c>--chrf-whitespace</c>).</summary>
    public bool RemoveWhitespace { get; init; } = true;

    /// <summary>
    /// sacreBLEU's <c>eps_smoothing</c> (default false): average the per-order F-scores with ε for empty orders,
    /// as chrF++.py and NLTK do, instead of averaging precision and recall over the effective orders.
    /// </summary>
    public bool EpsilonSmoothing { get; init; }

    /// <inheritdoc/>
    public string Id => "chrf";

    /// <inheritdoc/>
    public bool HigherIsBetter => true;

    /// <inheritdoc/>
    public MetricScore Score(IReadOnlyList<string> hypotheses, IReadOnlyList<string> references)
    {
        MetricText.RequireSameCount(hypotheses, references);
        var total = new long[CharOrder * 3];
        var segments = new double[hypotheses.Count];
        for (var i = 0; i < segments.Length; i++)
        {
            var statistics = Statistics(hypotheses[i], references[i]);
            segments[i] = FScore(statistics);
            for (var k = 0; k < total.Length; k++)
            {
                total[k] += statistics[k];
            }
        }

        return new MetricScore(FScore(total), segments);
    }

    /// <summary>The chrF of one hypothesis against one reference, 0–100.</summary>
    public double SentenceScore(string hypothesis, string reference) => FScore(Statistics(hypothesis, reference));

    /// <summary>Per order: hypothesis n-grams, reference n-grams, matching n-grams (clipped counts).</summary>
    private long[] Statistics(string hypothesis, string reference)
    {
        ArgumentNullException.ThrowIfNull(hypothesis);
        ArgumentNullException.ThrowIfNull(reference);
        var hyp = MetricText.CodePoints(hypothesis, RemoveWhitespace);
        var refPoints = MetricText.CodePoints(reference, RemoveWhitespace);
        var statistics = new long[CharOrder * 3];
        var remaining = new Dictionary<UInt128, int>();
        for (var n = 1; n <= CharOrder; n++)
        {
            remaining.Clear();
            var refCount = Math.Max(0, refPoints.Length - n + 1);
            for (var i = 0; i < refCount; i++)
            {
                var gram = Pack(refPoints, i, n);
                remaining[gram] = remaining.TryGetValue(gram, out var count) ? count + 1 : 1;
            }

            var hypCount = Math.Max(0, hyp.Length - n + 1);
            var matches = 0;
            for (var i = 0; i < hypCount; i++)
            {
                var gram = Pack(hyp, i, n);
                if (remaining.TryGetValue(gram, out var count) && count > 0)
                {
                    remaining[gram] = count - 1;
                    matches++;
                }
            }

            statistics[(3 * (n - 1)) + 0] = hypCount;
            statistics[(3 * (n - 1)) + 1] = refCount;
            statistics[(3 * (n - 1)) + 2] = matches;
        }

        return statistics;
    }

    /// <summary>
    /// An n-gram of code points as one number: 21 bits per code point, so up to 6 of them fit in 128 bits without
    /// collisions, and counting needs no string per n-gram. Characters are code points as in Python, so a
    /// character outside the Basic Multilingual Plane is one character.
    /// </summary>
    private static UInt128 Pack(int[] points, int start, int length)
    {
        UInt128 key = 0;
        for (var k = start; k < start + length; k++)
        {
            key = (key << 21) | (uint)points[k];
        }

        return key;
    }

    private double FScore(long[] statistics)
    {
        var factor = Beta * Beta;
        double smoothedSum = 0, precisionSum = 0, recallSum = 0;
        var effectiveOrder = 0;
        for (var i = 0; i < CharOrder; i++)
        {
            var (hyp, reference, matches) = (statistics[3 * i], statistics[(3 * i) + 1], statistics[(3 * i) + 2]);
            var precision = hyp > 0 ? (double)matches / hyp : Epsilon;
            var recall = reference > 0 ? (double)matches / reference : Epsilon;
            var denominator = (factor * precision) + recall;
            smoothedSum += denominator > 0 ? (1 + factor) * precision * recall / denominator : Epsilon;
            if (hyp > 0 && reference > 0)
            {
                precisionSum += precision;
                recallSum += recall;
                effectiveOrder++;
            }
        }

        if (EpsilonSmoothing)
        {
            return 100 * smoothedSum / CharOrder;
        }

        if (effectiveOrder == 0)
        {
            return 0;
        }

        var averagePrecision = precisionSum / effectiveOrder;
        var averageRecall = recallSum / effectiveOrder;
        if (averagePrecision + averageRecall == 0)
        {
            return 0;
        }

        return 100 * (1 + factor) * averagePrecision * averageRecall / ((factor * averagePrecision) + averageRecall);
    }
}
