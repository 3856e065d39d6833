using TranslationReview.Core.Checks;

namespace TranslationReview.Core.Scoring;

/// <summary>One counted error: a reviewer's flag or an automatic finding nobody dismissed.</summary>
/// <param name="Category">Its category.</param>
/// <param name="Severity">Its severity, which sets the penalty.</param>
public sealed record MqmError(IssueCategory Category, Severity Severity);
