namespace TranslationReview.Data.Segments;

/// <summary>Keeps a segment's current target as a version before it is replaced, in the caller's unit of work.</summary>
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
}
