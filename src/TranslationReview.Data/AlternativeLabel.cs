namespace TranslationReview.Data;

/// <summary>A set of alternative translations of a document, imported under one label.</summary>
/// <param name="Label">For example "MT engine B" or "Human revision".</param>
/// <param name="Origin">Where the translation came from.</param>
/// <param name="SegmentCount">How many segments have a non-empty alternative under the label.</param>
/// <param name="LowConfidenceCount">How many of its placements are below <see cref="SegmentFilter.LowConfidenceThreshold"/>.</param>
public sealed record AlternativeLabel(string Label, TargetOrigin Origin, int SegmentCount, int LowConfidenceCount);
