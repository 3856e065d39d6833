namespace TranslationReview.Data;

/// <summary>
/// A target text a segment had before it was replaced, so nothing a translator wrote is lost and any version can
/// become current again.
/// </summary>
public class TargetVersion
{
    private TargetVersion(long segmentId, string text, string? contentJson, string label, TargetOrigin origin, string? author, DateTimeOffset createdAt)
    {
        SegmentId = segmentId;
        Text = text;
        ContentJson = contentJson;
        Label = label;
        Origin = origin;
        Author = author;
        CreatedAt = createdAt;
    }

    /// <summary>The database key.</summary>
    public long Id { get; private set; }

    /// <summary>The segment whose target this was.</summary>
    public long SegmentId { get; private set; }

    /// <summary>The target as plain text.</summary>
    public string Text { get; private set; }

    /// <summary>The target's runs and inline codes as JSON, stored only when it had codes.</summary>
    public string? ContentJson { get; private set; }

    /// <summary>What to call the version in a list, for example "Imported" or "Edit by olena@example.org".</summary>
    public string Label { get; private set; }

    /// <summary>Where the text came from.</summary>
    public TargetOrigin Origin { get; private set; }

    /// <summary>Who wrote the text, when a person did.</summary>
    public string? Author { get; private set; }

    /// <summary>When the text was kept as a version (it stopped being the current target).</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// The segment's current target as a version, or null when there is none. A segment nobody changed since the
    /// import holds the imported text; otherwise its last changer counts as the author. <paramref name="keptFor"/>
    /// names another segment to keep it under (the survivor of a merge); by default the segment itself.
    /// </summary>
    internal static TargetVersion? OfCurrent(DocumentSegment segment, DateTimeOffset now, long? keptFor = null)
    {
        var segmentId = keptFor ?? segment.Id;
        if (string.IsNullOrEmpty(segment.TargetText))
        {
            return null;
        }

        return segment.UpdatedBy is { } author
            ? new TargetVersion(segmentId, segment.TargetText, segment.TargetContentJson, $"Edit by {author}", TargetOrigin.HumanEdit, author, now)
            : new TargetVersion(segmentId, segment.TargetText, segment.TargetContentJson, "Imported", TargetOrigin.Imported, null, now);
    }
}
