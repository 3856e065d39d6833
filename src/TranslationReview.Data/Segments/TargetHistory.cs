using Microsoft.EntityFrameworkCore;

namespace TranslationReview.Data.Segments;

/// <summary>Keeps a segment's target as a version before it is replaced, in the caller's unit of work.</summary>
internal static class TargetHistory
{
    /// <summary>
    /// Adds the current target as a version unless it is empty or equals the target about to replace it
    /// (same text and same codes), so an unchanged save records nothing.
    /// </summary>
    public static void KeepCurrentUnlessSame(ReviewDbContext db, DocumentSegment segment, string? newText, string? newContentJson, DateTimeOffset now)
    {
        if (segment.TargetText == newText && segment.TargetContentJson == newContentJson)
        {
            return;
        }

        if (TargetVersion.OfCurrent(segment, now) is { } version)
        {
            db.TargetVersions.Add(version);
        }
    }

    /// <summary>Runs <paramref name="change"/> and keeps the target it replaced, when it replaced a non-empty, different one.</summary>
    public static void Change(ReviewDbContext db, DocumentSegment segment, DateTimeOffset now, Action change)
    {
        var before = TargetVersion.OfCurrent(segment, now);
        var (text, json) = (segment.TargetText, segment.TargetContentJson);
        change();
        if (before is not null && (segment.TargetText != text || segment.TargetContentJson != json))
        {
            db.TargetVersions.Add(before);
        }
    }

    /// <summary>
    /// Before <paramref name="merged"/> is deleted by a merge into <paramref name="survivor"/>: its versions and its
    /// current target become versions of the survivor, so the cascade loses nothing. An alternative whose label the
    /// survivor also has is joined to the survivor's, so each label keeps one alternative per segment.
    /// </summary>
    public static async Task HandOverAsync(ReviewDbContext db, DocumentSegment merged, DocumentSegment survivor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var alternatives = await db.TargetVersions.Where(v => (v.SegmentId == merged.Id || v.SegmentId == survivor.Id) && v.IsAlternative)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var joined = new List<long>();
        foreach (var next in alternatives.Where(v => v.SegmentId == merged.Id))
        {
            if (alternatives.FirstOrDefault(v => v.SegmentId == survivor.Id && v.Label == next.Label) is { } kept)
            {
                kept.Absorb(next);
                joined.Add(next.Id);
            }
        }

        await db.TargetVersions.Where(v => v.SegmentId == merged.Id && !joined.Contains(v.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.SegmentId, survivor.Id), cancellationToken).ConfigureAwait(false);
        if (TargetVersion.OfCurrent(merged, now, survivor.Id) is { } version)
        {
            db.TargetVersions.Add(version);
        }
    }
}
