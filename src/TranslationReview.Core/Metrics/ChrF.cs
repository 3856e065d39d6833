using System.Text;

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

    /// <summary>The longest character n-gram (sacreBLEU <c>char_order</c>, default 6).</summary>
    public int CharOrder { get; init; } = 6;

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
        var (hyp, hypOffsets) = Prepare(hypothesis);
        var (refText, refOffsets) = Prepare(reference);
        var statistics = new long[CharOrder * 3];
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = remaining.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var n = 1; n <= CharOrder; n++)
        {
            remaining.Clear();
            var refCount = Math.Max(0, refOffsets.Length - n);
            for (var i = 0; i < refCount; i++)
            {
                var gram = refText.AsSpan(refOffsets[i], refOffsets[i + n] - refOffsets[i]);
                lookup[gram] = lookup.TryGetValue(gram, out var count) ? count + 1 : 1;
            }

            var hypCount = Math.Max(0, hypOffsets.Length - n);
            var matches = 0;
            for (var i = 0; i < hypCount; i++)
            {
                var gram = hyp.AsSpan(hypOffsets[i], hypOffsets[i + n] - hypOffsets[i]);
                if (lookup.TryGetValue(gram, out var count) && count > 0)
                {
                    lookup[gram] = count - 1;
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
    /// The text as UTF-16 plus the offset of every code point (and one past the end), so that n-grams count
    /// code points like Python does, also for characters outside the Basic Multilingual Plane.
    /// </summary>
    private (string Text, int[] Offsets) Prepare(string text)
    {
        var builder = new StringBuilder(text.Length);
        var offsets = new List<int>(text.Length + 1);
        foreach (var rune in text.EnumerateRunes())
        {
            if (RemoveWhitespace && MetricText.IsWhiteSpace(rune.Value))
            {
                continue;
            }

            offsets.Add(builder.Length);
            builder.Append(rune.ToString());
        }

        offsets.Add(builder.Length);
        return (builder.ToString(), [.. offsets]);
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
