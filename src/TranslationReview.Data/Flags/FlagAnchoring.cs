using Microsoft.EntityFrameworkCore;
using TranslationReview.Core.Checks;

namespace TranslationReview.Data.Flags;

/// <summary>
/// Keeps flags on their text when an alignment repair moves it: a merge hands the removed segment's flags to the
/// survivor with their offsets shifted; a split or a moved sentence puts each flag on the part that now holds its text.
/// </summary>
internal static class FlagAnchoring
{
    /// <summary>Before <paramref name="merged"/> is deleted: its flags go to the survivor, offsets shifted by the text now in front.</summary>
    public static Task MergeAsync(ReviewDbContext db, DocumentSegment merged, DocumentSegment survivor, int sourceShift, int targetShift, CancellationToken cancellationToken) =>
        db.Flags.Where(f => f.SegmentId == merged.Id).ExecuteUpdateAsync(
            set => set.SetProperty(f => f.SegmentId, survivor.Id)
                .SetProperty(f => f.SourceStart, f => f.SourceStart + sourceShift)
                .SetProperty(f => f.TargetStart, f => f.TargetStart + targetShift),
            cancellationToken);

    /// <summary>The flags of the given segments, tracked, for a repair to move.</summary>
    public static async Task<List<Flag>> OfAsync(ReviewDbContext db, long first, long second, CancellationToken cancellationToken) =>
        await db.Flags.Where(f => f.SegmentId == first || f.SegmentId == second).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// After a split of <paramref name="first"/> (saved, so <paramref name="second"/> has its key): a flag whose text
    /// (the target's, else the source's) lay at or after the cut goes to the second part, the others stay.
    /// </summary>
    public static async Task SplitAsync(ReviewDbContext db, DocumentSegment first, DocumentSegment second, int sourceLength, int targetLength, int sourceOffset, int targetOffset, CancellationToken cancellationToken)
    {
        var sourceShift = second.SourceText.Length - sourceLength;
        var targetShift = (second.TargetText?.Length ?? 0) - targetLength;
        foreach (var flag in await OfAsync(db, first.Id, first.Id, cancellationToken).ConfigureAwait(false))
        {
            var toSecond = flag.Target is { } target ? target.Start >= targetOffset : flag.Source is { } source && source.Start >= sourceOffset;
            if (toSecond)
            {
                Place(flag, second, sourceShift, targetShift);
            }
            else
            {
                Place(flag, first, 0, 0);
            }
        }
    }

    /// <summary>
    /// After a target sentence moved from <paramref name="segment"/> to <paramref name="neighbour"/>: target flags on
    /// the moved sentence go with it, the others follow their text within their segment.
    /// </summary>
    public static async Task MoveSentenceAsync(ReviewDbContext db, DocumentSegment segment, DocumentSegment neighbour, bool toPrevious, int segmentLength, int neighbourLength, CancellationToken cancellationToken)
    {
        var kept = segment.TargetText?.Length ?? 0;
        var added = (neighbour.TargetText?.Length ?? 0) - neighbourLength;
        foreach (var flag in await OfAsync(db, segment.Id, neighbour.Id, cancellationToken).ConfigureAwait(false))
        {
            if (flag.Target is not { } target)
            {
                continue;
            }

            if (flag.SegmentId == neighbour.Id)
            {
                Place(flag, neighbour, 0, toPrevious ? 0 : added);
            }
            else if (toPrevious)
            {
                var removed = segmentLength - kept;
                var moved = target.Start < removed;
                Place(flag, moved ? neighbour : segment, 0, moved ? (neighbour.TargetText?.Length ?? 0) - removed : -removed);
            }
            else
            {
                var moved = target.Start >= kept;
                Place(flag, moved ? neighbour : segment, 0, moved ? -(segmentLength - added) : 0);
            }
        }
    }

    /// <summary>
    /// Puts a flag on <paramref name="destination"/>, each side where its text now is: at the old offset plus the
    /// shift when the text is there, else at the nearest place the text occurs; a side whose text is gone is dropped.
    /// </summary>
    public static void Place(Flag flag, DocumentSegment destination, int sourceShift, int targetShift) =>
        flag.Relocate(
            destination.Id,
            Anchor(destination.SourceText, flag.Source, sourceShift),
            Anchor(destination.TargetText ?? string.Empty, flag.Target, targetShift));

    /// <summary>The span's text found in <paramref name="text"/>, preferring the expected offset, or null.</summary>
    public static TextSpan? Anchor(string text, TextSpan? span, int shift)
    {
        if (span is null || span.Length == 0)
        {
            return span;
        }

        var expected = span.Start + shift;
        if (expected >= 0 && expected + span.Length <= text.Length && string.CompareOrdinal(text, expected, span.Text, 0, span.Length) == 0)
        {
            return span with { Start = expected };
        }

        int? best = null;
        for (var at = text.IndexOf(span.Text, StringComparison.Ordinal); at >= 0; at = text.IndexOf(span.Text, at + 1, StringComparison.Ordinal))
        {
            if (best is null || Math.Abs(at - expected) < Math.Abs(best.Value - expected))
            {
                best = at;
            }
        }

        return best is { } start ? span with { Start = start } : null;
    }
}
