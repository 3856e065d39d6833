using System.Globalization;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats.PlainText;
using TranslationReview.Data.Segments;
using TranslationReview.Data.Serialization;

namespace TranslationReview.Data;

/// <summary>
/// One segment of an imported document: its place (<see cref="Position"/>), source and target, workflow state and
/// alignment confidence, plus everything the Core model carries so an export gives the file back.
/// </summary>
public class DocumentSegment
{
    private DocumentSegment(int documentId, int position, string externalId, string sourceText)
    {
        DocumentId = documentId;
        Position = position;
        ExternalId = externalId;
        SourceText = sourceText;
        SourceSearch = SearchText.Normalize(sourceText);
    }

    /// <summary>The database key.</summary>
    public long Id { get; private set; }

    /// <summary>The document the segment belongs to.</summary>
    public int DocumentId { get; private set; }

    /// <summary>The segment's number in its document: 1-based and contiguous.</summary>
    public int Position { get; private set; }

    /// <summary>The segment's id in the imported file.</summary>
    public string ExternalId { get; private set; }

    /// <summary>The source as plain text (inline codes removed).</summary>
    public string SourceText { get; private set; }

    /// <summary>The target as plain text, or null when there is no translation.</summary>
    public string? TargetText { get; private set; }

    /// <summary>The source's runs and inline codes as JSON, stored only when the source has codes.</summary>
    public string? SourceContentJson { get; private set; }

    /// <summary>The target's runs and inline codes as JSON, stored only when the target has codes.</summary>
    public string? TargetContentJson { get; private set; }

    /// <summary>The source folded to lower case, which text filters search (SQLite's own folding is ASCII-only).</summary>
    public string SourceSearch { get; private set; }

    /// <summary>The target folded to lower case, which text filters search.</summary>
    public string? TargetSearch { get; private set; }

    /// <summary>Where the segment stands in the workflow.</summary>
    public SegmentState State { get; private set; }

    /// <summary>How sure the aligner was of this pairing (0–1); 1 once a person repaired it; null when not aligned here.</summary>
    public double? AlignmentConfidence { get; private set; }

    /// <summary>The paragraph of a plain-text import the segment comes from.</summary>
    public int? Paragraph { get; private set; }

    /// <summary>The unit the segment belongs to in the imported file.</summary>
    public string? UnitId { get; private set; }

    /// <summary>The file the segment belongs to in the imported document.</summary>
    public string? FileId { get; private set; }

    /// <summary>Format-specific properties as a JSON object, null when there are none.</summary>
    public string? PropertiesJson { get; private set; }

    /// <summary>Notes as a JSON array, null when there are none.</summary>
    public string? NotesJson { get; private set; }

    /// <summary>Preserved unit-level XML as a JSON array, null when there is none.</summary>
    public string? PreservedXmlJson { get; private set; }

    /// <summary>When the segment was imported or last changed.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Who last changed the segment; null until someone does.</summary>
    public string? UpdatedBy { get; private set; }

    /// <summary>What the current target is called: the import's label (for example "MT engine A"), "Edit by …" after an edit, or a restored version's label.</summary>
    public string TargetLabel { get; private set; } = TargetProvenance.Imported.Label;

    /// <summary>Where the current target came from.</summary>
    public TargetOrigin TargetOrigin { get; private set; }

    /// <summary>Who wrote the current target, when a person did; null for an imported or machine translation.</summary>
    public string? TargetAuthor { get; private set; }

    /// <summary>Who last changed the target (an edit, a restored version, an alignment repair); a state change leaves it alone.</summary>
    public string? TargetChangedBy { get; private set; }

    /// <summary>When the target last changed after the import; null while it is the imported one.</summary>
    public DateTimeOffset? TargetChangedAt { get; private set; }

    /// <summary>Raised on every change, so two people saving the same segment cannot overwrite each other silently.</summary>
    public int Version { get; private set; }

    /// <summary>The source as runs and codes.</summary>
    internal SegmentContent SourceContent =>
        SourceContentJson is null ? SegmentContent.FromText(SourceText) : ReviewJson.DeserializeContent(SourceContentJson);

    /// <summary>The target as runs and codes, or null.</summary>
    internal SegmentContent? TargetContent =>
        TargetText is null ? null
        : TargetContentJson is null ? SegmentContent.FromText(TargetText)
        : ReviewJson.DeserializeContent(TargetContentJson);

    /// <summary>Maps a Core segment to the row at <paramref name="position"/> of a document.</summary>
    internal static DocumentSegment Import(int documentId, int position, Segment segment, TargetProvenance provenance, DateTimeOffset importedAt)
    {
        var row = new DocumentSegment(documentId, position, segment.Id, segment.Source.PlainText)
        {
            TargetLabel = provenance.Label,
            TargetOrigin = provenance.Origin,
            State = segment.State,
            UnitId = segment.UnitId,
            FileId = segment.FileId,
            AlignmentConfidence = ParseDouble(segment.Properties, TextPairImporter.AlignmentConfidenceProperty),
            Paragraph = ParseInt(segment.Properties, ParagraphProperty.Name),
            PropertiesJson = ReviewJson.SerializeProperties(segment.Properties),
            NotesJson = ReviewJson.SerializeNotes(segment.Notes),
            PreservedXmlJson = ReviewJson.SerializeStrings(segment.PreservedXml),
            UpdatedAt = importedAt,
        };
        row.SetSource(segment.Source);
        row.SetTarget(segment.Target);
        return row;
    }

    /// <summary>Rebuilds the Core segment, with the confidence property following any repair.</summary>
    internal Segment ToSegment()
    {
        var properties = new Dictionary<string, string>(ReviewJson.DeserializeProperties(PropertiesJson));
        var key = TextPairImporter.AlignmentConfidenceProperty;
        if (AlignmentConfidence is { } confidence)
        {
            if (ParseDouble(properties, key) != confidence)
            {
                properties[key] = confidence.ToString("0.000", CultureInfo.InvariantCulture);
            }
        }
        else
        {
            properties.Remove(key);
        }

        return new Segment(ExternalId, SourceContent, TargetContent, State)
        {
            UnitId = UnitId,
            FileId = FileId,
            Properties = properties,
            Notes = ReviewJson.DeserializeNotes(NotesJson),
            PreservedXml = ReviewJson.DeserializeStrings(PreservedXmlJson),
        };
    }

    /// <summary>
    /// A translator's new target: plain text, so inline codes of the old target are dropped; a New segment becomes
    /// Translated. A blank target removes the translation and makes the segment New again.
    /// </summary>
    internal void EditTarget(string target, string user, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            SetTarget(null);
            State = SegmentState.New;
        }
        else
        {
            SetTarget(SegmentContent.FromText(target));
            if (State == SegmentState.New)
            {
                State = SegmentState.Translated;
            }
        }

        TargetLabel = $"Edit by {user}";
        TargetOrigin = TargetOrigin.HumanEdit;
        TargetAuthor = user;
        TargetChanged(user, now);
        Touch(user, now);
    }

    /// <summary>
    /// Makes an earlier target or an alternative current (its text, codes, label, origin and author); a New segment
    /// becomes Translated.
    /// </summary>
    internal void RestoreTarget(TargetVersion version, string user, DateTimeOffset now)
    {
        SetTarget(version.ContentJson is null ? SegmentContent.FromText(version.Text) : ReviewJson.DeserializeContent(version.ContentJson));
        if (State == SegmentState.New)
        {
            State = SegmentState.Translated;
        }

        TargetLabel = version.Label;
        TargetOrigin = version.Origin;
        TargetAuthor = version.Author;
        TargetChanged(user, now);
        Touch(user, now);
    }

    /// <summary>Moves the segment to another workflow state.</summary>
    internal void ChangeState(SegmentState state, string user, DateTimeOffset now)
    {
        State = state;
        Touch(user, now);
    }

    /// <summary>
    /// Replaces both sides after an alignment repair a person made, which confirms the pairing (confidence 1). A
    /// segment left without a target is New again; a New segment that gains one is Translated.
    /// </summary>
    internal void RepairAlignment(SegmentContent source, SegmentContent? target, string user, DateTimeOffset now)
    {
        SetSource(source);
        var (text, json) = (TargetText, TargetContentJson);
        SetTarget(target is null || target.PlainText.Length == 0 ? null : target);
        if (TargetText != text || TargetContentJson != json)
        {
            // The text is still the same translation, realigned: label, origin and author stay.
            TargetChanged(user, now);
        }

        if (TargetText is null)
        {
            State = SegmentState.New;
        }
        else if (State == SegmentState.New)
        {
            State = SegmentState.Translated;
        }

        AlignmentConfidence = 1.0;
        Touch(user, now);
    }

    /// <summary>Takes over the notes and preserved XML of a segment merged into this one.</summary>
    internal void AbsorbAnnotations(DocumentSegment merged)
    {
        NotesJson = ReviewJson.SerializeNotes([.. ReviewJson.DeserializeNotes(NotesJson), .. ReviewJson.DeserializeNotes(merged.NotesJson)]);
        PreservedXmlJson = ReviewJson.SerializeStrings([.. ReviewJson.DeserializeStrings(PreservedXmlJson), .. ReviewJson.DeserializeStrings(merged.PreservedXmlJson)]);
    }

    /// <summary>The second half of a split: the same unit, file, paragraph and properties, the next position, new content.</summary>
    internal DocumentSegment SplitOff(string externalId, SegmentContent source, SegmentContent? target, string user, DateTimeOffset now)
    {
        var row = new DocumentSegment(DocumentId, Position + 1, externalId, source.PlainText)
        {
            State = State,
            UnitId = UnitId,
            FileId = FileId,
            Paragraph = Paragraph,
            PropertiesJson = PropertiesJson,
            TargetLabel = TargetLabel,
            TargetOrigin = TargetOrigin,
            TargetAuthor = TargetAuthor,
        };
        row.RepairAlignment(source, target, user, now);
        return row;
    }

    private void SetSource(SegmentContent source)
    {
        SourceText = source.PlainText;
        SourceSearch = SearchText.Normalize(SourceText);
        SourceContentJson = source.HasCodes ? ReviewJson.SerializeContent(source) : null;
    }

    private void SetTarget(SegmentContent? target)
    {
        TargetText = target?.PlainText;
        TargetSearch = TargetText is null ? null : SearchText.Normalize(TargetText);
        TargetContentJson = target is { HasCodes: true } ? ReviewJson.SerializeContent(target) : null;
    }

    private void TargetChanged(string user, DateTimeOffset now)
    {
        TargetChangedBy = user;
        TargetChangedAt = now;
    }

    private void Touch(string user, DateTimeOffset now)
    {
        UpdatedBy = user;
        UpdatedAt = now;
        Version++;
    }

    private static double? ParseDouble(IReadOnlyDictionary<string, string> properties, string key) =>
        properties.TryGetValue(key, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value : null;

    private static int? ParseInt(IReadOnlyDictionary<string, string> properties, string key) =>
        properties.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value : null;
}
