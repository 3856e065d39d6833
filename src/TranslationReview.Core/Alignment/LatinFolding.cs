using System.Globalization;
using System.Text;

namespace TranslationReview.Core.Alignment;

/// <summary>
/// A rough Latin folding of words for matching names and cognates across languages and scripts: Cyrillic is
/// transliterated loosely, diacritics are dropped, and <see cref="SkeletonKey"/> keeps the first letter and
/// the following consonants, so that "Зеленский", "Зеленський", "Zelensky" and "Zelenskyy" share one key.
/// This is a matching key only, not a transliteration to show anyone.
/// </summary>
internal static class LatinFolding
{
    private const int KeyLength = 4;

    /// <summary>Lower-case Latin letters for a word in any script the aligner knows.</summary>
    public static string Fold(string word)
    {
        var text = new StringBuilder(word.Length + 4);
        foreach (var ch in word.ToLowerInvariant())
        {
            var cyrillic = Cyrillic(ch);
            if (cyrillic is not null)
            {
                text.Append(cyrillic);
                continue;
            }

            switch (ch)
            {
                case 'ß': text.Append("ss"); continue;
                case 'æ': text.Append("ae"); continue;
                case 'œ': text.Append("oe"); continue;
                case 'ø': text.Append('o'); continue;
                case 'ł': text.Append('l'); continue;
                case 'đ': text.Append('d'); continue;
            }

            foreach (var part in ch.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                {
                    text.Append(part);
                }
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The first letter of the folded word and the consonants after it, with spelling variants merged
    /// (w/v, c/k, ph/f, doubled letters), cut to four letters.
    /// </summary>
    public static string SkeletonKey(string word)
    {
        var folded = Fold(word).Replace("sch", "sh", StringComparison.Ordinal)
            .Replace("ph", "f", StringComparison.Ordinal)
            .Replace("ck", "k", StringComparison.Ordinal)
            .Replace("x", "ks", StringComparison.Ordinal);
        var key = new StringBuilder(KeyLength);
        for (var i = 0; i < folded.Length && key.Length < KeyLength; i++)
        {
            var ch = folded[i] switch
            {
                'w' => 'v',
                'c' when i + 1 < folded.Length && folded[i + 1] == 'h' => 'c',
                'c' or 'q' => 'k',
                var other => other,
            };
            if (!char.IsAsciiLetterLower(ch) || (i > 0 && IsVowel(ch)))
            {
                continue;
            }

            if (key.Length == 0 || key[^1] != ch)
            {
                key.Append(ch);
            }
        }

        return key.ToString();
    }

    private static bool IsVowel(char ch) => ch is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'j';

    // Russian, Ukrainian and Belarusian letters, folded towards the usual English spellings of names.
    private static string? Cyrillic(char ch) => ch switch
    {
        'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'ґ' => "g", 'д' => "d", 'е' => "e", 'ё' => "e",
        'є' => "ye", 'ж' => "zh", 'з' => "z", 'и' => "i", 'і' => "i", 'ї' => "yi", 'й' => "y", 'к' => "k",
        'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t",
        'у' => "u", 'ў' => "u", 'ф' => "f", 'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch",
        'ъ' => "", 'ы' => "y", 'ь' => "", 'э' => "e", 'ю' => "yu", 'я' => "ya",
        _ => null,
    };
}
