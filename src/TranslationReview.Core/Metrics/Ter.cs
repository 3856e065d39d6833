namespace TranslationReview.Core.Metrics;

/// <summary>
/// Translation Edit Rate (Snover et al. 2006) with sacreBLEU 2.x defaults, so that figures agree with
/// <c>sacrebleu -m ter</c>: case-insensitive, punctuation kept, no tokenization beyond splitting on whitespace,
/// block shifts as in tercom. TER = edits / reference words × 100 (lower is closer; it can exceed 100);
/// the corpus score is total edits / total reference words. An empty reference scores 100 against a non-empty
/// hypothesis and 0 against an empty one.
/// </summary>
public sealed class Ter : ITranslationMetric
{
    /// <summary>Compare words case-sensitively (sacreBLEU <c>case_sensitive</c>, default false).</summary>
    public bool CaseSensitive { get; init; }

    /// <inheritdoc/>
    public string Id => "ter";

    /// <inheritdoc/>
    public bool HigherIsBetter => false;

    /// <inheritdoc/>
    public MetricScore Score(IReadOnlyList<string> hypotheses, IReadOnlyList<string> references)
    {
        MetricText.RequireSameCount(hypotheses, references);
        long totalEdits = 0, totalLength = 0;
        var segments = new double[hypotheses.Count];
        for (var i = 0; i < segments.Length; i++)
        {
            var (edits, length) = Statistics(hypotheses[i], references[i]);
            segments[i] = Rate(edits, length);
            totalEdits += edits;
            totalLength += length;
        }

        return new MetricScore(Rate(totalEdits, totalLength), segments);
    }

    /// <summary>The TER of one hypothesis against one reference, 0–100 or more.</summary>
    public double SentenceScore(string hypothesis, string reference)
    {
        var (edits, length) = Statistics(hypothesis, reference);
        return Rate(edits, length);
    }

    /// <summary>The number of edits (shifts, insertions, deletions, substitutions) and the reference length in words.</summary>
    public (int Edits, int ReferenceLength) Statistics(string hypothesis, string reference)
    {
        ArgumentNullException.ThrowIfNull(hypothesis);
        ArgumentNullException.ThrowIfNull(reference);
        var hypothesisWords = MetricText.Words(CaseSensitive ? hypothesis : hypothesis.ToLowerInvariant());
        var referenceWords = MetricText.Words(CaseSensitive ? reference : reference.ToLowerInvariant());
        return (TerShiftSearch.Edits(hypothesisWords, referenceWords), referenceWords.Length);
    }

    private static double Rate(long edits, long referenceLength) =>
        referenceLength > 0 ? 100.0 * edits / referenceLength
        : edits > 0 ? 100.0
        : 0.0;
}
