namespace TranslationReview.Core.Documents;

/// <summary>
/// A bilingual document: the one model every format reader produces and every writer consumes.
/// </summary>
/// <param name="Name">The document's name, usually its file name.</param>
/// <param name="SourceLanguage">BCP 47 tag of the source language.</param>
/// <param name="TargetLanguage">BCP 47 tag of the target language, when known.</param>
/// <param name="Segments">The segments in document order.</param>
public sealed record BilingualDocument(
    string Name,
    string SourceLanguage,
    string? TargetLanguage,
    IReadOnlyList<Segment> Segments)
{
    /// <summary>Format-specific document properties kept for a faithful round trip (by name).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>XML of document- or file-level module and extension elements, kept verbatim for the same format's writer.</summary>
    public IReadOnlyList<string> PreservedXml { get; init; } = [];
}
