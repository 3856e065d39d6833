using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Xliff2;

/// <summary>
/// Maps XLIFF 2 <c>state</c>/<c>subState</c> to <see cref="SegmentState"/> and back.
/// <list type="bullet">
/// <item><c>initial</c> ↔ <see cref="SegmentState.New"/>; <c>translated</c> ↔ <see cref="SegmentState.Translated"/>.</item>
/// <item><c>reviewed</c> and <c>final</c> → <see cref="SegmentState.Approved"/> (a reviewer has accepted the target;
/// XLIFF 2 has no "needs another look" state). <see cref="SegmentState.Approved"/> is written as <c>final</c>, unless
/// the segment was read as <c>reviewed</c> and is still approved, then <c>reviewed</c> is kept.</item>
/// <item><see cref="SegmentState.NeedsReview"/> and <see cref="SegmentState.Rejected"/> have no core state: they are
/// written as <c>translated</c> with <c>subState="trv:needs-review"</c> / <c>"trv:rejected"</c>, and those subStates are
/// read back whatever the state beside them.</item>
/// <item>A segment without a target is always written <c>initial</c> (XLIFF 2 requires a target for the other states).</item>
/// <item>Any other subState (a tool's own, such as <c>my:state</c>) is kept as long as the segment's state is unchanged.</item>
/// </list>
/// </summary>
internal static class Xliff2StateMapping
{
    public const string NeedsReviewSubState = "trv:needs-review";
    public const string RejectedSubState = "trv:rejected";

    /// <summary>The model state for a segment's <c>state</c> (null or absent means <c>initial</c>) and <c>subState</c>.</summary>
    public static SegmentState Read(string? state, string? subState) => subState switch
    {
        NeedsReviewSubState => SegmentState.NeedsReview,
        RejectedSubState => SegmentState.Rejected,
        _ => state switch
        {
            "translated" => SegmentState.Translated,
            "reviewed" or "final" => SegmentState.Approved,
            _ => SegmentState.New,
        },
    };

    /// <summary>
    /// The <c>state</c> and <c>subState</c> to write. The originally read values are reused when they still mean
    /// <paramref name="state"/>, so a round trip changes nothing.
    /// </summary>
    public static (string State, string? SubState) Write(SegmentState state, bool hasTarget, string? originalState, string? originalSubState)
    {
        if (originalState is not null && Read(originalState, originalSubState) == state && (hasTarget || originalState == "initial"))
        {
            return (originalState, originalSubState);
        }

        if (!hasTarget)
        {
            return state switch
            {
                SegmentState.NeedsReview => ("initial", NeedsReviewSubState),
                SegmentState.Rejected => ("initial", RejectedSubState),
                _ => ("initial", null),
            };
        }

        return state switch
        {
            SegmentState.Translated => ("translated", null),
            SegmentState.NeedsReview => ("translated", NeedsReviewSubState),
            SegmentState.Approved => ("final", null),
            SegmentState.Rejected => ("translated", RejectedSubState),
            _ => ("initial", null),
        };
    }
}
