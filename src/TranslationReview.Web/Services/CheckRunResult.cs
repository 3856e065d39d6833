namespace TranslationReview.Web.Services;

/// <summary>What one check run over a document found and changed.</summary>
/// <param name="Segments">How many segments were checked.</param>
/// <param name="Findings">How many findings the checks reported.</param>
/// <param name="Added">Findings flagged for the first time.</param>
/// <param name="Removed">Automatic flags whose problem is gone.</param>
public sealed record CheckRunResult(int Segments, int Findings, int Added, int Removed);
