namespace TranslationReview.Core.Names;

/// <summary>
/// ISO 9:1995 (system A): one Latin letter per Cyrillic letter, with diacritics, the same table for Russian and
/// Ukrainian (и is i, і is ì, ї is ï, є is ê, г is g, ґ is g̀, х is h, щ is ŝ, ъ is ʺ, ь is ʹ, the apostrophe is ’).
/// </summary>
internal sealed class Iso9Transliterator(string language) : CyrillicTransliterator
{
    public override string Language { get; } = language;

    public override TransliterationScheme Scheme => TransliterationScheme.Iso9;

    protected override string Letter(string word, int index, out int consumed)
    {
        consumed = 1;
        return word[index] switch
        {
            'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'ґ' => "g\u0300", 'д' => "d", 'е' => "e", 'ё' => "ë",
            'є' => "ê", 'ж' => "ž", 'з' => "z", 'и' => "i", 'і' => "ì", 'ї' => "ï", 'й' => "j", 'к' => "k",
            'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t",
            'у' => "u", 'ф' => "f", 'х' => "h", 'ц' => "c", 'ч' => "č", 'ш' => "š", 'щ' => "ŝ", 'ъ' => "ʺ",
            'ы' => "y", 'ь' => "ʹ", 'э' => "è", 'ю' => "û", 'я' => "â",
            var ch when IsApostrophe(ch) => "’",
            var ch => ch.ToString(),
        };
    }
}
