using TranslationReview.Core.Checks;

namespace TranslationReview.Data;

/// <summary>A flag as lists and marks show it.</summary>
/// <param name="Id">The flag's key, for answers and resolutions.</param>
/// <param name="SegmentId">The flagged segment's key.</param>
/// <param name="SegmentPosition">The flagged segment's number in its document.</param>
/// <param name="Origin">Manual or automatic.</param>
/// <param name="CheckId">The check's id for an automatic flag, such as <c>glossary.forbidden</c>; null for a manual one.</param>
/// <param name="Category">The error category.</param>
/// <param name="Severity">The severity.</param>
/// <param name="Status">Where the flag stands.</param>
/// <param name="Source">The flagged stretch of the source, or null.</param>
/// <param name="Target">The flagged stretch of the target, or null.</param>
/// <param name="Message">What a check says is wrong, or null for a manual flag.</param>
/// <param name="Comment">The reviewer's comment, or null.</param>
/// <param name="Suggestion">The suggested correction, or null.</param>
/// <param name="Author">Who raised it; <see cref="Flag.AutomaticAuthor"/> for automatic flags.</param>
/// <param name="CreatedAt">When it was raised.</param>
/// <param name="AnswerComment">The translator's comment with the answer, or null.</param>
/// <param name="AnsweredBy">Who answered it, or null.</param>
/// <param name="ResolvedBy">Who resolved or dismissed it, or null.</param>
public sealed record FlagRow(
    long Id,
    long SegmentId,
    int SegmentPosition,
    FlagOrigin Origin,
    string? CheckId,
    IssueCategory Category,
    Severity Severity,
    FlagStatus Status,
    TextSpan? Source,
    TextSpan? Target,
    string? Message,
    string? Comment,
    string? Suggestion,
    string Author,
    DateTimeOffset CreatedAt,
    string? AnswerComment,
    string? AnsweredBy,
    string? ResolvedBy)
{
    /// <summary>The document the flag belongs to.</summary>
    public int DocumentId { get; init; }
}
