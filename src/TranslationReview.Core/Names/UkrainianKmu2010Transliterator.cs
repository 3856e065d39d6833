namespace TranslationReview.Core.Names;

/// <summary>
/// Ukrainian national transliteration (KMU 2010): Є, Ї, Й, Ю, Я are Ye, Yi, Y, Yu, Ya at the start of a word and ie, i,
/// i, iu, ia elsewhere; Г is h, Ґ is g, И is y, І is i; "зг" is "zgh"; the soft sign and the apostrophe are dropped.
/// </summary>
internal sealed class UkrainianKmu2010Transliterator : CyrillicTransliterator
{
    public override string Language => "uk";

    public override TransliterationScheme Scheme => TransliterationScheme.Kmu2010;

    protected override string Letter(string word, int index, out int consumed)
    {
        consumed = 1;
        var start = index == 0;
        return word[index] switch
        {
            'а' => "a", 'б' => "b", 'в' => "v",
            'г' => index > 0 && word[index - 1] == 'з' ? "gh" : "h",
            'ґ' => "g", 'д' => "d", 'е' => "e",
            'є' => start ? "ye" : "ie",
            'ж' => "zh", 'з' => "z", 'и' => "y", 'і' => "i",
            'ї' => start ? "yi" : "i",
            'й' => start ? "y" : "i",
            'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t",
            'у' => "u", 'ф' => "f", 'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch",
            'ь' => string.Empty,
            'ю' => start ? "yu" : "iu",
            'я' => start ? "ya" : "ia",
            // Russian letters in a Ukrainian text (quoted names): romanized as Ukrainian would say them.
            'ы' => "y", 'э' => "e", 'ё' => start ? "yo" : "io", 'ъ' => string.Empty,
            var ch when IsApostrophe(ch) => string.Empty,
            var ch => ch.ToString(),
        };
    }
}
