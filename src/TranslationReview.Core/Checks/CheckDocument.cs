namespace TranslationReview.Core.Checks;

/// <summary>The text the checks run over.</summary>
/// <param name="Segments">The segments in document order.</param>
/// <param name="SourceLanguage">BCP 47 tag of the source, for example "ru" or "uk".</param>
/// <param name="TargetLanguage">BCP 47 tag of the target, for example "en" or "en-GB".</param>
public sealed record CheckDocument(IReadOnlyList<CheckSegment> Segments, string SourceLanguage, string TargetLanguage);
