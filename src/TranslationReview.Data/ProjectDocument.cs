using TranslationReview.Core.Documents;
using TranslationReview.Data.Serialization;

namespace TranslationReview.Data;

/// <summary>A bilingual document imported into a project; its segments are <see cref="DocumentSegment"/> rows.</summary>
public class ProjectDocument
{
    private ProjectDocument(int projectId, string name, string sourceLanguage, string targetLanguage, string originalFormat, DateTimeOffset importedAt)
    {
        ProjectId = projectId;
        Name = name;
        SourceLanguage = sourceLanguage;
        TargetLanguage = targetLanguage;
        OriginalFormat = originalFormat;
        ImportedAt = importedAt;
    }

    /// <summary>The database key.</summary>
    public int Id { get; private set; }

    /// <summary>The project the document belongs to.</summary>
    public int ProjectId { get; private set; }

    /// <summary>The document's name, usually the imported file's name.</summary>
    public string Name { get; private set; }

    /// <summary>BCP 47 tag of the source language.</summary>
    public string SourceLanguage { get; private set; }

    /// <summary>BCP 47 tag of the target language.</summary>
    public string TargetLanguage { get; private set; }

    /// <summary>The format the document was imported from (<c>xliff</c>, <c>xliff12</c>, <c>tmx</c>, <c>tsv</c>, <c>txt</c>).</summary>
    public string OriginalFormat { get; private set; }

    /// <summary>When the document was imported.</summary>
    public DateTimeOffset ImportedAt { get; private set; }

    /// <summary>How many segments the document has; positions run from 1 to this.</summary>
    public int SegmentCount { get; private set; }

    /// <summary>The Core document's format-specific properties as a JSON object, null when there are none.</summary>
    public string? PropertiesJson { get; private set; }

    /// <summary>The Core document's preserved module and extension XML as a JSON array, null when there is none.</summary>
    public string? PreservedXmlJson { get; private set; }

    /// <summary>What the imported translation was called on import, for example "MT engine A"; "Imported" by default.</summary>
    public string TargetLabel { get; private set; } = TargetProvenance.Imported.Label;

    /// <summary>Where the imported translation came from.</summary>
    public TargetOrigin TargetOrigin { get; private set; }

    /// <summary>Records a Core document (without its segments) as imported into a project.</summary>
    internal static ProjectDocument Import(
        Project project, BilingualDocument document, string originalFormat, TargetProvenance provenance, DateTimeOffset importedAt) =>
        new(project.Id, document.Name, document.SourceLanguage, document.TargetLanguage ?? project.TargetLanguage, originalFormat, importedAt)
        {
            SegmentCount = document.Segments.Count,
            TargetLabel = provenance.Label,
            TargetOrigin = provenance.Origin,
            PropertiesJson = ReviewJson.SerializeProperties(document.Properties),
            PreservedXmlJson = ReviewJson.SerializeStrings(document.PreservedXml),
        };

    /// <summary>Rebuilds the Core document around the given segments.</summary>
    internal BilingualDocument ToBilingualDocument(IReadOnlyList<Segment> segments) =>
        new(Name, SourceLanguage, TargetLanguage, segments)
        {
            Properties = ReviewJson.DeserializeProperties(PropertiesJson),
            PreservedXml = ReviewJson.DeserializeStrings(PreservedXmlJson),
        };
}
