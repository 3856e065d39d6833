namespace TranslationReview.Core.Names;

/// <summary>One word of a name found in a Russian or Ukrainian source.</summary>
/// <param name="Start">UTF-16 offset into the segment text.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Text">The word as written, in whatever case form (Зеленського).</param>
/// <param name="Key">The lemma-like key all its case forms share (зел*нск); see the README's name checks section.</param>
public sealed record SourceNameWord(int Start, int Length, string Text, string Key);
