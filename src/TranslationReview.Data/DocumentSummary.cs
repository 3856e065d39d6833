using TranslationReview.Core.Documents;

namespace TranslationReview.Data;

/// <summary>A document as the document list shows it, with its review progress.</summary>
/// <param name="Id">The document's key.</param>
/// <param name="ProjectId">The project it belongs to.</param>
/// <param name="Name">The document's name.</param>
/// <param name="SourceLanguage">BCP 47 tag of the source language.</param>
/// <param name="TargetLanguage">BCP 47 tag of the target language.</param>
/// <param name="OriginalFormat">The format it was imported from.</param>
/// <param name="SegmentCount">How many segments it has.</param>
/// <param name="CountsByState">How many segments are in each state; every state is present, zero included.</param>
/// <param name="LowConfidenceCount">How many segments have an alignment confidence below <see cref="SegmentFilter.LowConfidenceThreshold"/>.</param>
/// <param name="ImportedAt">When it was imported.</param>
/// <param name="TargetLabel">What the imported translation was called on import, for example "MT engine A".</param>
/// <param name="TargetOrigin">Where the imported translation came from.</param>
public sealed record DocumentSummary(
    int Id,
    int ProjectId,
    string Name,
    string SourceLanguage,
    string TargetLanguage,
    string OriginalFormat,
    int SegmentCount,
    IReadOnlyDictionary<SegmentState, int> CountsByState,
    int LowConfidenceCount,
    DateTimeOffset ImportedAt,
    string TargetLabel = "Imported",
    TargetOrigin TargetOrigin = TargetOrigin.Imported);
