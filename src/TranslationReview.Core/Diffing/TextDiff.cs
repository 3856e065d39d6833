namespace TranslationReview.Core.Diffing;

/// <summary>
/// The word-level diff of two versions of a text (for example two translations of one segment): equal, deleted
/// and inserted runs in reading order. The equal and deleted runs concatenate to the old text, the equal and
/// inserted runs to the new text.
/// </summary>
/// <param name="Spans">The runs in order; a replacement is a delete immediately followed by its insert.</param>
/// <param name="OldTokenCount">Words and punctuation marks in the old text (white space is not counted).</param>
/// <param name="NewTokenCount">Words and punctuation marks in the new text.</param>
/// <param name="SharedTokenCount">Words and punctuation marks both texts keep, in the same order.</param>
public sealed record TextDiff(IReadOnlyList<DiffSpan> Spans, int OldTokenCount, int NewTokenCount, int SharedTokenCount)
{
    /// <summary>True when both texts are the same.</summary>
    public bool IsIdentical => Spans.All(s => s.Kind == DiffOperation.Equal);

    /// <summary>
    /// Token-level similarity from 0 (nothing in common) to 1 (same words and punctuation in the same order): the Dice
    /// coefficient 2·shared / (old + new). Two empty texts are identical (1).
    /// </summary>
    public double Similarity => OldTokenCount + NewTokenCount == 0
        ? 1.0
        : 2.0 * SharedTokenCount / (OldTokenCount + NewTokenCount);

    /// <summary>The old text, rebuilt from the equal and deleted runs.</summary>
    public string OldText => string.Concat(Spans.Where(s => s.Kind != DiffOperation.Insert).Select(s => s.Text));

    /// <summary>The new text, rebuilt from the equal and inserted runs.</summary>
    public string NewText => string.Concat(Spans.Where(s => s.Kind != DiffOperation.Delete).Select(s => s.Text));
}
