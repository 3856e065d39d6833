namespace TranslationReview.Core.Checks.Segments;

/// <summary>
/// <c>segment.empty</c>: the target is empty or only white space while the source has text, which leaves the
/// whole segment untranslated in the delivered file (omission, major).
/// </summary>
public sealed class EmptyTargetCheck : ICheck
{
    /// <summary>The check's id.</summary>
    public const string CheckId = "segment.empty";

    /// <inheritdoc />
    public string Id => CheckId;

    /// <inheritdoc />
    public IEnumerable<CheckFinding> Run(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var segment in context.Document.Segments)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (!string.IsNullOrWhiteSpace(segment.Target) || !segment.Source.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            var source = SegmentText.Trimmed(segment.Source);
            yield return new CheckFinding(segment.Number, CheckId, IssueCategory.Omission, Severity.Major, source, null,
                "The target is empty: the source has not been translated.", null);
        }
    }
}
