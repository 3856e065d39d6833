namespace TranslationReview.Core.Names;

/// <summary>
/// BGN/PCGN 1947 romanization of Russian in the simplified form English-language style guides use: е and ё are ye at the
/// start of a word and after a vowel, й, ъ or ь, else e (the table's optional diaeresis on ë is left off); й and ы are y;
/// э is e; the hard and soft signs are dropped (not ʺ and ʹ); no middle dots between letters.
/// </summary>
internal sealed class RussianBgnPcgnTransliterator : CyrillicTransliterator
{
    public override string Language => "ru";

    public override TransliterationScheme Scheme => TransliterationScheme.BgnPcgn;

    /// <summary>True where е is romanized ye: word start, after a vowel, й, ъ, ь (or an apostrophe written for ъ).</summary>
    internal static bool IotatedPosition(string word, int index) =>
        index == 0 || IsVowel(word[index - 1]) || word[index - 1] is 'й' or 'ъ' or 'ь' || IsApostrophe(word[index - 1]);

    protected override string Letter(string word, int index, out int consumed)
    {
        consumed = 1;
        return Common(word, index) ?? word[index] switch
        {
            'е' or 'ё' => IotatedPosition(word, index) ? "ye" : "e",
            'й' => "y",
            var ch => ch.ToString(),
        };
    }

    /// <summary>The letters BGN/PCGN and the conventional English scheme write alike; null for the ones they differ on.</summary>
    internal static string? Common(string word, int index) => word[index] switch
    {
        'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d", 'ж' => "zh", 'з' => "z", 'и' => "i",
        'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t",
        'у' => "u", 'ф' => "f", 'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch", 'ы' => "y",
        'э' => "e", 'ю' => "yu", 'я' => "ya", 'ъ' or 'ь' => string.Empty,
        // Ukrainian letters in a Russian text: romanized as a Russian reader would say them.
        'і' => "i", 'ї' => "yi", 'є' => "ye", 'ґ' => "g",
        var ch when IsApostrophe(ch) => string.Empty,
        _ => null,
    };
}
