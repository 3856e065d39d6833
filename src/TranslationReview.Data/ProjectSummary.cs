namespace TranslationReview.Data;

/// <summary>A project as the project list shows it.</summary>
/// <param name="Id">The project's key.</param>
/// <param name="Name">The project's name.</param>
/// <param name="SourceLanguage">BCP 47 tag of the source language.</param>
/// <param name="TargetLanguage">BCP 47 tag of the target language.</param>
/// <param name="DocumentCount">How many documents the project holds.</param>
/// <param name="CreatedAt">When the project was created.</param>
public sealed record ProjectSummary(int Id, string Name, string SourceLanguage, string TargetLanguage, int DocumentCount, DateTimeOffset CreatedAt)
{
    /// <summary>The MQM quality score (0–100) a document must reach to pass.</summary>
    public double PassThreshold { get; init; } = Project.DefaultPassThreshold;
}
