namespace TranslationReview.Core.Terminology.Stemming;

/// <summary>For languages without a stemmer here: a word is its own stem, so matching is exact up to <see cref="TermFolding"/>.</summary>
public sealed class FoldingStemmer : IStemmer
{
    /// <summary>Creates the stemmer for <paramref name="language"/>.</summary>
    public FoldingStemmer(string language) => Language = language;

    /// <inheritdoc />
    public string Language { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Stems(string word) => [word];
}
