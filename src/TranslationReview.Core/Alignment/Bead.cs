namespace TranslationReview.Core.Alignment;

/// <summary>
/// One step of a sentence alignment: source sentences that translate to target sentences (1-1, 1-0, 0-1,
/// 2-1, 1-2, 2-2…). Indices are 0-based and consecutive within each side.
/// </summary>
/// <param name="SourceIndices">Source sentence indices, possibly empty.</param>
/// <param name="TargetIndices">Target sentence indices, possibly empty.</param>
/// <param name="Confidence">How sure the aligner is, from 0 (a guess) to 1 (certain).</param>
public sealed record Bead(IReadOnlyList<int> SourceIndices, IReadOnlyList<int> TargetIndices, double Confidence)
{
    /// <summary>The bead in the usual notation <c>[0, 1]:[0]</c>.</summary>
    public override string ToString() =>
        $"[{string.Join(", ", SourceIndices)}]:[{string.Join(", ", TargetIndices)}]";
}
