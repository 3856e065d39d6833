namespace TranslationReview.Data;

/// <summary>A segment's plain text as the automatic checks and the scoring read it.</summary>
/// <param name="Id">The segment's key.</param>
/// <param name="Position">The segment's number, 1-based.</param>
/// <param name="Source">The source as plain text.</param>
/// <param name="Target">The target as plain text, or null.</param>
public sealed record SegmentText(long Id, int Position, string Source, string? Target);
