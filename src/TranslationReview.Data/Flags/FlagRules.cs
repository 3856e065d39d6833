using TranslationReview.Core.Checks;

namespace TranslationReview.Data.Flags;

/// <summary>What a reviewer's flag must satisfy before it is saved; each failure is a message the user can act on.</summary>
internal static class FlagRules
{
    public const int MaxCommentLength = 4000;

    public static void Validate(DocumentSegment segment, NewFlag flag)
    {
        if (!Enum.IsDefined(flag.Category))
        {
            throw new ReviewValidationException($"'{flag.Category}' is not an error category: choose one from the list.");
        }

        if (!Enum.IsDefined(flag.Severity))
        {
            throw new ReviewValidationException($"'{flag.Severity}' is not a severity: choose neutral, minor, major or critical.");
        }

        CheckSpan(segment, flag.Source, segment.SourceText, "source");
        CheckSpan(segment, flag.Target, segment.TargetText ?? string.Empty, "target");
        if ((flag.Comment?.Length ?? 0) > MaxCommentLength || (flag.Suggestion?.Length ?? 0) > MaxCommentLength)
        {
            throw new ReviewValidationException($"The comment or the correction is too long: keep each under {MaxCommentLength:N0} characters.");
        }
    }

    private static void CheckSpan(DocumentSegment segment, TextSpan? span, string text, string side)
    {
        if (span is null)
        {
            return;
        }

        if (span.Length <= 0 || span.Start < 0 || span.Start + span.Length > text.Length)
        {
            throw new ReviewValidationException(
                $"The selection (characters {span.Start}–{span.Start + span.Length}) is outside segment {segment.Position}'s {side}, which has {text.Length} characters: select the text again.");
        }

        if (string.CompareOrdinal(text, span.Start, span.Text, 0, span.Length) != 0 || span.Text.Length != span.Length)
        {
            throw new ReviewValidationException(
                $"'{span.Text}' is no longer at that place in segment {segment.Position}'s {side}; the segment may have changed. Reload it and select the text again.");
        }
    }
}
