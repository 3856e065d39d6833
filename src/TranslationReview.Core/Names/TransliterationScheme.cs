namespace TranslationReview.Core.Names;

/// <summary>The romanization systems TranslationReview knows for Ukrainian and Russian.</summary>
public enum TransliterationScheme
{
    /// <summary>Ukrainian national transliteration, Cabinet of Ministers resolution No. 55 of 27 January 2010 (Ukrainian only).</summary>
    Kmu2010,

    /// <summary>BGN/PCGN 1947 for Russian, in its simplified form: no ʺ/ʹ for the hard and soft signs, ë written e.</summary>
    BgnPcgn,

    /// <summary>
    /// The conventional English spelling of Russian names in the press: BGN/PCGN with -y for -ий/-ый, -ia for -ия, yo for
    /// ё, -ei for -ей, Alex-/Max- for Алекс-/Макс- (Russian only).
    /// </summary>
    Conventional,

    /// <summary>ISO 9:1995 (system A), one Latin letter per Cyrillic letter with diacritics; Ukrainian and Russian.</summary>
    Iso9,
}
