namespace TranslationReview.Core.Terminology.Stemming;

/// <summary>Picks the stemmer for a language: Russian, Ukrainian and English here; exact (folded) matching for the rest.</summary>
public static class Stemmers
{
    /// <summary>The stemmer for a BCP 47 tag (<c>ru</c>, <c>uk-UA</c>, <c>en-GB</c>…); a <see cref="FoldingStemmer"/> for other languages.</summary>
    public static IStemmer For(string? language)
    {
        var primary = (language ?? string.Empty).Replace('_', '-').Split('-')[0].ToLowerInvariant();
        return primary switch
        {
            "ru" => new RussianStemmer(),
            "uk" => new UkrainianStemmer(),
            "en" => new EnglishStemmer(),
            _ => new FoldingStemmer(primary),
        };
    }
}
