using TranslationReview.Core.Documents;
using TranslationReview.Data.Serialization;

namespace TranslationReview.Data;

/// <summary>
/// A translation of a segment other than its current target: an earlier target kept when it was replaced (so nothing
/// a translator wrote is lost), or an alternative translation imported beside it (<see cref="IsAlternative"/>, for
/// example "MT engine B" or "Human revision"). Any version can become current.
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

    /// <summary>When the text was kept as a version (it stopped being the current target) or imported as an alternative.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// True for an alternative translation imported under <see cref="Label"/> (at most one per segment and label);
    /// false for an earlier target.
    /// </summary>
    public bool IsAlternative { get; private set; }

    /// <summary>How sure the placement of an alternative on this segment is (0–1), 1 once a person repaired it; null for an earlier target.</summary>
    public double? Confidence { get; private set; }

    /// <summary>The text as runs and codes.</summary>
    internal SegmentContent Content => ContentJson is null ? SegmentContent.FromText(Text) : ReviewJson.DeserializeContent(ContentJson);

    /// <summary>An alternative translation of a segment, imported under the provenance's label; <paramref name="content"/> may be empty.</summary>
    internal static TargetVersion Alternative(long segmentId, SegmentContent content, TargetProvenance provenance, double? confidence, DateTimeOffset now) =>
        new(segmentId, content.PlainText, content.HasCodes ? ReviewJson.SerializeContent(content) : null, provenance.Label, provenance.Origin, null, now)
        {
            IsAlternative = true,
            Confidence = confidence,
        };

    /// <summary>A person realigned this alternative (moved, merged or split sentences): the new text counts as confirmed.</summary>
    internal void RepairAlternative(SegmentContent content)
    {
        Text = content.PlainText;
        ContentJson = content.HasCodes ? ReviewJson.SerializeContent(content) : null;
        Confidence = 1.0;
    }

    /// <summary>
    /// Takes in the next segment's alternative with the same label when the two segments merge: texts joined by a
    /// space, the lower confidence kept (the merge confirmed the main target's alignment, not this one's).
    /// </summary>
    internal void Absorb(TargetVersion next)
    {
        var joined = Segments.ContentEditing.Join(Content, next.Content);
        Text = joined.PlainText;
        ContentJson = joined.HasCodes ? ReviewJson.SerializeContent(joined) : null;
        Confidence = Confidence is { } mine && next.Confidence is { } theirs ? Math.Min(mine, theirs) : Confidence ?? next.Confidence;
    }

    /// <summary>
    /// The segment's current target as a version, or null when there is none, with the current target's label,
    /// origin and author (the import's label until someone edits it; state changes do not count).
    /// <paramref name="keptFor"/> names another segment to keep it under (the survivor of a merge); by default the
    /// segment itself.
    /// </summary>
    internal static TargetVersion? OfCurrent(DocumentSegment segment, DateTimeOffset now, long? keptFor = null) =>
        string.IsNullOrEmpty(segment.TargetText)
            ? null
            : new TargetVersion(keptFor ?? segment.Id, segment.TargetText, segment.TargetContentJson,
                segment.TargetLabel, segment.TargetOrigin, segment.TargetAuthor, now);
}
