using TranslationReview.Core.Checks;

namespace TranslationReview.Data;

/// <summary>A reviewer's flag before it is saved.</summary>
/// <param name="Category">The error category.</param>
/// <param name="Severity">The severity, which sets the MQM penalty.</param>
/// <param name="Source">The flagged stretch of the source, or null.</param>
/// <param name="Target">The flagged stretch of the target, or null. With neither span the flag concerns the whole segment (an omission).</param>
/// <param name="Comment">The reviewer's comment, or null.</param>
/// <param name="Suggestion">The suggested correction, or null.</param>
public sealed record NewFlag(IssueCategory Category, Severity Severity, TextSpan? Source, TextSpan? Target, string? Comment, string? Suggestion);
