using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Xliff12;

/// <summary>
/// The one place where XLIFF 1.2 states meet <see cref="SegmentState"/>.
/// <list type="bullet">
/// <item>Reading: a <c>state-qualifier</c> of <c>rejected-inaccurate</c>, <c>rejected-grammar</c>,
/// <c>rejected-length</c> or <c>rejected-spelling</c> (the standard's own rejection reasons), or the custom state
/// <c>x-rejected</c>, gives <see cref="SegmentState.Rejected"/>; otherwise <c>final</c>/<c>signed-off</c> or
/// <c>approved="yes"</c> give Approved; <c>translated</c> gives Translated; <c>needs-review-*</c> gives
/// NeedsReview; <c>new</c>, <c>needs-translation</c>, <c>needs-adaptation</c>, <c>needs-l10n</c> give New; no state
/// gives Translated when the target has text, New when it has none.</item>
/// <item>Writing: the state read from the file is written back when it still maps to the segment's state
/// (so <c>signed-off</c> stays <c>signed-off</c>); otherwise New → <c>new</c>, Translated → <c>translated</c>,
/// NeedsReview → <c>needs-review-translation</c>, Approved → <c>final</c> with <c>approved="yes"</c>, Rejected →
/// <c>needs-review-translation</c> with <c>state-qualifier="rejected-inaccurate"</c>.</item>
/// </list>
/// </summary>
internal static class Xliff12StateMapping
{
    public static SegmentState Read(string? state, string? qualifier, string? approved, bool hasTargetText)
    {
        if (IsRejection(qualifier) || state == "x-rejected")
        {
            return SegmentState.Rejected;
        }

        if (approved == "yes")
        {
            return SegmentState.Approved;
        }

        return state switch
        {
            "final" or "signed-off" => SegmentState.Approved,
            "translated" => SegmentState.Translated,
            "new" or "needs-translation" or "needs-adaptation" or "needs-l10n" => SegmentState.New,
            not null when state.StartsWith("needs-review", StringComparison.Ordinal) => SegmentState.NeedsReview,
            _ => hasTargetText ? SegmentState.Translated : SegmentState.New,
        };
    }

    /// <summary>The <c>state</c>, <c>state-qualifier</c> and <c>approved</c> values to write.</summary>
    public static (string State, string? Qualifier, string? Approved) Write(
        SegmentState segmentState, string? originalState, string? originalQualifier, string? originalApproved)
    {
        var approved = segmentState == SegmentState.Approved ? "yes" : originalApproved == "no" ? "no" : null;
        if (originalState is not null
            && Read(originalState, originalQualifier, approved, hasTargetText: true) == segmentState)
        {
            return (originalState, originalQualifier, approved);
        }

        return segmentState switch
        {
            SegmentState.New => ("new", null, approved),
            SegmentState.Translated => ("translated", null, approved),
            SegmentState.NeedsReview => ("needs-review-translation", null, approved),
            SegmentState.Approved => ("final", null, approved),
            SegmentState.Rejected => ("needs-review-translation",
                IsRejection(originalQualifier) ? originalQualifier : "rejected-inaccurate", approved),
            _ => ("new", null, approved),
        };
    }

    private static bool IsRejection(string? qualifier) =>
        qualifier is not null && qualifier.StartsWith("rejected-", StringComparison.Ordinal);
}
