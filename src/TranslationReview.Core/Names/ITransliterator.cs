namespace TranslationReview.Core.Names;

/// <summary>Romanizes Cyrillic text of one language with one scheme; everything that is not Cyrillic passes through.</summary>
public interface ITransliterator
{
    /// <summary>The language of the text it reads: "uk" or "ru".</summary>
    string Language { get; }

    /// <summary>The scheme it follows.</summary>
    TransliterationScheme Scheme { get; }

    /// <summary>
    /// The romanization of <paramref name="text"/>. Case is kept: a capitalized word stays capitalized, an all-caps word
    /// stays all caps.
    /// </summary>
    string Transliterate(string text);
}
