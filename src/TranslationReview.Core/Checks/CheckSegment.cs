namespace TranslationReview.Core.Checks;

/// <summary>One segment as the checks see it: plain source and target text.</summary>
/// <param name="Number">The segment's 1-based number, as reviewers see it.</param>
/// <param name="Source">The source as plain text.</param>
/// <param name="Target">The current target as plain text; empty when there is none.</param>
public sealed record CheckSegment(int Number, string Source, string Target);
