namespace TranslationReview.Core.Terminology;

/// <summary>A termbase read for one language pair.</summary>
/// <param name="Name">The glossary's name, usually its file name.</param>
/// <param name="SourceLanguage">BCP 47 tag of the source language.</param>
/// <param name="TargetLanguage">BCP 47 tag of the target language; null for a monolingual termbase.</param>
/// <param name="Entries">Entries that have a term in the source language, in file order.</param>
public sealed record Glossary(string Name, string SourceLanguage, string? TargetLanguage, IReadOnlyList<GlossaryEntry> Entries)
{
    /// <summary>Every language the file holds terms in, in order of first appearance.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];
}
