namespace TranslationReview.Core.Documents;

/// <summary>One translatable unit: a source sentence (or sentences) and its translation.</summary>
/// <param name="Id">The segment's id, unique within its document.</param>
/// <param name="Source">The source content.</param>
/// <param name="Target">The translation, or null when there is none yet.</param>
/// <param name="State">Where the segment stands in the workflow.</param>
public sealed record Segment(string Id, SegmentContent Source, SegmentContent? Target, SegmentState State)
{
    /// <summary>Comments on the segment.</summary>
    public IReadOnlyList<Note> Notes { get; init; } = [];

    /// <summary>The unit (XLIFF <c>trans-unit</c>/<c>unit</c>) the segment belongs to, when a unit holds several segments.</summary>
    public string? UnitId { get; init; }

    /// <summary>The file (XLIFF <c>&lt;file&gt;</c>) the segment belongs to, when the document has several.</summary>
    public string? FileId { get; init; }

    /// <summary>
    /// Format-specific properties kept for a faithful round trip (for example XLIFF 1.2 <c>resname</c>, TMX
    /// <c>&lt;prop&gt;</c>, XLIFF 2 <c>subState</c>), by name.
    /// </summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// XML of unit-level module and extension elements (for example XLIFF 2 <c>&lt;mtc:matches&gt;</c>,
    /// <c>&lt;gls:glossary&gt;</c>, <c>&lt;mda:metadata&gt;</c>) kept verbatim so the same format writes them back.
    /// </summary>
    public IReadOnlyList<string> PreservedXml { get; init; } = [];
}
