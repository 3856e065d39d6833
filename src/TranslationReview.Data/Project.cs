namespace TranslationReview.Data;

/// <summary>A translation project: a language pair and the documents reviewed in it.</summary>
public class Project
{
    /// <summary>Creates a project; the store validates the name and the language tags first.</summary>
    internal Project(string name, string sourceLanguage, string targetLanguage, DateTimeOffset createdAt)
    {
        Name = name;
        NormalizedName = Normalize(name);
        SourceLanguage = sourceLanguage;
        TargetLanguage = targetLanguage;
        CreatedAt = createdAt;
    }

    /// <summary>The database key.</summary>
    public int Id { get; private set; }

    /// <summary>The name users know the project by, unique (case-insensitively).</summary>
    public string Name { get; private set; }

    /// <summary>The name in upper case, for the unique index that keeps names distinct whatever their case.</summary>
    public string NormalizedName { get; private set; }

    /// <summary>BCP 47 tag of the source language.</summary>
    public string SourceLanguage { get; private set; }

    /// <summary>BCP 47 tag of the target language.</summary>
    public string TargetLanguage { get; private set; }

    /// <summary>When the project was created.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The MQM quality score (0–100) a document must reach to pass.</summary>
    public double PassThreshold { get; private set; } = DefaultPassThreshold;

    /// <summary>The pass threshold of a new project.</summary>
    public const double DefaultPassThreshold = 95.0;

    /// <summary>Sets the pass threshold; the store has checked it lies between 0 and 100.</summary>
    internal void ChangePassThreshold(double threshold) => PassThreshold = threshold;

    /// <summary>The key under which project names must be unique.</summary>
    internal static string Normalize(string name) => name.Trim().ToUpperInvariant();
}
