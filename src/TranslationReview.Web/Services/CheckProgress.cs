namespace TranslationReview.Web.Services;

/// <summary>How far a check run is, as the "Run checks" button shows it.</summary>
/// <param name="Stage">What the run is doing.</param>
/// <param name="Segments">How many segments it checks.</param>
public sealed record CheckProgress(CheckStage Stage, int Segments);
