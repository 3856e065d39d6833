namespace TranslationReview.Core.Checks;

/// <summary>One problem an automatic check found in one segment.</summary>
/// <param name="SegmentNumber">The segment's 1-based number.</param>
/// <param name="CheckId">The stable id of the check, such as <c>glossary.forbidden</c> or <c>name.transliteration</c>.</param>
/// <param name="Category">The error category.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Source">The stretch of the source it concerns, or null.</param>
/// <param name="Target">The stretch of the target it concerns, or null for a segment-level finding.</param>
/// <param name="Message">What is wrong, in the reviewer's words, naming the text concerned.</param>
/// <param name="Suggestion">The expected text, when the check knows it.</param>
public sealed record CheckFinding(
    int SegmentNumber,
    string CheckId,
    IssueCategory Category,
    Severity Severity,
    TextSpan? Source,
    TextSpan? Target,
    string Message,
    string? Suggestion)
{
    /// <summary>
    /// Identifies the finding across re-checks without offsets or segment numbers, which edits and repairs change:
    /// check id, source text, target text and suggestion. A reviewer's dismissal is stored under this key, so a
    /// dismissed finding stays dismissed when the document is checked again.
    /// </summary>
    public string Fingerprint => string.Join('\u001f', CheckId, Source?.Text ?? string.Empty, Target?.Text ?? string.Empty, Suggestion ?? string.Empty);
}
