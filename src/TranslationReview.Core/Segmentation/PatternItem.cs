namespace TranslationReview.Core.Segmentation;

/// <summary>
/// One element of a pattern's top-level sequence, as seen by <see cref="PatternBoundary"/>: a single-character
/// atom (written as a pattern), a group (its alternatives), or a zero-width assertion; with its minimum count.
/// </summary>
internal sealed record PatternItem(string? Atom, List<List<PatternItem>>? Group, bool IsZeroWidth, int MinCount);
