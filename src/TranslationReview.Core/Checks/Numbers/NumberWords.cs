namespace TranslationReview.Core.Checks.Numbers;

/// <summary>
/// Numbers written as words (cardinals, ordinals and multiplicatives such as "twice" or "вдвічі") in English, Russian
/// and Ukrainian, every case form of the Slavic words included, so that "two" in a target answers a "2" in the source.
/// </summary>
internal static class NumberWords
{
    private static readonly string[] RussianAdjectiveEndings =
        ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ей", "ому", "ему", "ым", "им", "ом", "ем", "ую", "юю", "ые", "ие", "ых", "их", "ыми", "ими"];

    private static readonly string[] UkrainianAdjectiveEndings =
        ["ий", "а", "е", "ого", "ої", "ому", "ій", "им", "у", "ою", "і", "их", "ими"];

    private static readonly System.Buffers.SearchValues<char> RomanDigits = System.Buffers.SearchValues.Create("IVXLCDM");

    private static readonly Dictionary<string, decimal> English = BuildEnglish();
    private static readonly Dictionary<string, decimal> Russian = BuildRussian();
    private static readonly Dictionary<string, decimal> Ukrainian = BuildUkrainian();

    // Number words are short; anything longer is not one and skips the look-up.
    private const int LongestWord = 16;

    /// <summary>The value of a number word in the language, or null. Case, ё/е and apostrophes of every kind are ignored.</summary>
    public static decimal? ValueOf(ReadOnlySpan<char> word, string languageTag)
    {
        if (word.Length > LongestWord)
        {
            return null;
        }

        var table = NumberConventions.Language(languageTag) switch
        {
            "en" => English,
            "ru" => Russian,
            "uk" => Ukrainian,
            _ => null,
        };
        if (table is null)
        {
            return null;
        }

        Span<char> key = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            key[i] = word[i] switch { '’' or 'ʼ' or '`' => '\'', 'ё' => 'е', 'Ё' => 'Е', var c => c };
        }

        if (table.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var value))
        {
            return value;
        }

        if (RomanNumeral(word) is { } roman)
        {
            return roman;
        }

        // English compounds: twenty-five, forty-second.
        var hyphen = key.IndexOf('-');
        var lookup = English.GetAlternateLookup<ReadOnlySpan<char>>();
        return table == English && hyphen > 0
            && lookup.TryGetValue(key[..hyphen], out var tens) && tens is >= 20 and <= 90 && tens % 10 == 0
            && lookup.TryGetValue(key[(hyphen + 1)..], out var unit) && unit is >= 1 and <= 9
            ? tens + unit
            : null;
    }

    /// <summary>The value of an upper-case Roman numeral of two letters or more (XXI век, World War II), or null.</summary>
    private static decimal? RomanNumeral(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > 9 || word.ContainsAnyExcept(RomanDigits))
        {
            return null;
        }

        var total = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var value = RomanDigit(word[i]);
            total += i + 1 < word.Length && value < RomanDigit(word[i + 1]) ? -value : value;
        }

        // Only canonical spellings: VV or IIII are not numerals.
        return total is > 0 and < 4000 && word.SequenceEqual(ToRoman(total)) ? total : null;
    }

    private static int RomanDigit(char c) => c switch
    {
        'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, _ => 1000,
    };

    private static string ToRoman(int number)
    {
        (int Value, string Letters)[] steps =
        [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ];
        var text = new System.Text.StringBuilder();
        foreach (var (value, letters) in steps)
        {
            while (number >= value)
            {
                text.Append(letters);
                number -= value;
            }
        }

        return text.ToString();
    }

    private static Dictionary<string, decimal> BuildEnglish()
    {
        var words = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        string[] cardinals =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ];
        string[] ordinals =
        [
            "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        ];
        for (var i = 0; i < cardinals.Length; i++)
        {
            words[cardinals[i]] = i;
            words[ordinals[i]] = i;
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var i = 0; i < tens.Length; i++)
        {
            words[tens[i]] = 20 + (10 * i);
            words[tens[i][..^1] + "ieth"] = 20 + (10 * i);
        }

        (string Word, decimal Value)[] others =
        [
            ("hundred", 100), ("hundredth", 100), ("dozen", 12), ("once", 1), ("twice", 2), ("thrice", 3), ("single", 1),
            ("half", 0.5m), ("double", 2), ("doubled", 2), ("triple", 3), ("tripled", 3), ("quarter", 0.25m), ("halved", 2),
        ];
        foreach (var (word, value) in others)
        {
            words[word] = value;
        }

        return words;
    }

    private static Dictionary<string, decimal> BuildRussian()
    {
        var words = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        Add(words, 1, "один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну", "одни", "одних");
        Add(words, 2, "два", "две", "двух", "двум", "двумя", "дважды", "вдвое", "двое", "двоих");
        Add(words, 3, "три", "трех", "трем", "тремя", "трижды", "втрое", "трое", "троих");
        Add(words, 4, "четыре", "четырех", "четырем", "четырьмя", "вчетверо", "четверо");
        Add(words, 1.5m, "полтора", "полторы", "полутора");
        Add(words, 0.5m, "половина", "половины", "половине", "половину", "половиной");
        Add(words, 40, "сорок", "сорока");
        Add(words, 90, "девяносто", "девяноста");
        Add(words, 100, "сто", "ста");
        Add(words, 12, "дюжина", "дюжины");
        (string Stem, decimal Value)[] numerals =
        [
            ("пят", 5), ("шест", 6), ("сем", 7), ("восем", 8), ("девят", 9), ("десят", 10), ("одиннадцат", 11), ("двенадцат", 12),
            ("тринадцат", 13), ("четырнадцат", 14), ("пятнадцат", 15), ("шестнадцат", 16), ("семнадцат", 17), ("восемнадцат", 18),
            ("девятнадцат", 19), ("двадцат", 20), ("тридцат", 30),
        ];
        foreach (var (stem, value) in numerals)
        {
            Add(words, value, stem + "ь", stem + "и", stem + "ью");
        }

        Add(words, 8, "восьми", "восемью", "восьмью");
        Add(words, 50, "пятьдесят", "пятидесяти", "пятьюдесятью");
        Add(words, 60, "шестьдесят", "шестидесяти");
        Add(words, 70, "семьдесят", "семидесяти");
        Add(words, 80, "восемьдесят", "восьмидесяти");
        (string Stem, decimal Value)[] ordinals =
        [
            ("перв", 1), ("втор", 2), ("четверт", 4), ("пят", 5), ("шест", 6), ("седьм", 7), ("восьм", 8), ("девят", 9),
            ("десят", 10), ("одиннадцат", 11), ("двенадцат", 12), ("двадцат", 20), ("тридцат", 30),
        ];
        foreach (var (stem, value) in ordinals)
        {
            Add(words, value, [.. RussianAdjectiveEndings.Select(e => stem + e)]);
        }

        Add(words, 3, "третий", "третья", "третье", "третьего", "третьей", "третьему", "третьим", "третьем", "третью", "третьи", "третьих", "третьими");
        return words;
    }

    private static Dictionary<string, decimal> BuildUkrainian()
    {
        var words = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        Add(words, 1, "один", "одна", "одне", "одно", "одного", "однієї", "одному", "одній", "одним", "однією", "одну", "одні", "одних");
        Add(words, 2, "два", "дві", "двох", "двом", "двома", "двічі", "вдвічі", "двоє");
        Add(words, 3, "три", "трьох", "трьом", "трьома", "тричі", "втричі", "троє");
        Add(words, 4, "чотири", "чотирьох", "чотирьом", "чотирма", "вчетверо", "четверо");
        Add(words, 5, "п'ять", "п'яти", "п'ятьох", "п'ятьма", "п'ятьом");
        Add(words, 6, "шість", "шести", "шістьох", "шістьма", "шістьом");
        Add(words, 7, "сім", "семи", "сімох", "сьома", "сімома");
        Add(words, 8, "вісім", "восьми", "вісьмох", "вісьма", "вісьмома");
        Add(words, 9, "дев'ять", "дев'яти", "дев'ятьох", "дев'ятьма");
        Add(words, 10, "десять", "десяти", "десятьох", "десятьма");
        Add(words, 1.5m, "півтора", "півтори");
        Add(words, 0.5m, "половина", "половини", "половині", "половину", "половиною");
        Add(words, 40, "сорок", "сорока");
        Add(words, 90, "дев'яносто", "дев'яноста");
        Add(words, 100, "сто", "ста");
        Add(words, 12, "дюжина", "дюжини");
        (string Stem, decimal Value)[] numerals =
        [
            ("одинадцят", 11), ("дванадцят", 12), ("тринадцят", 13), ("чотирнадцят", 14), ("п'ятнадцят", 15), ("шістнадцят", 16),
            ("сімнадцят", 17), ("вісімнадцят", 18), ("дев'ятнадцят", 19), ("двадцят", 20), ("тридцят", 30),
        ];
        foreach (var (stem, value) in numerals)
        {
            Add(words, value, stem + "ь", stem + "и", stem + "ьох", stem + "ьма", stem + "ьом");
        }

        Add(words, 50, "п'ятдесят", "п'ятдесяти");
        Add(words, 60, "шістдесят", "шістдесяти");
        Add(words, 70, "сімдесят", "сімдесяти");
        Add(words, 80, "вісімдесят", "вісімдесяти");
        (string Stem, decimal Value)[] ordinals =
        [
            ("перш", 1), ("друг", 2), ("четверт", 4), ("п'ят", 5), ("шост", 6), ("сьом", 7), ("восьм", 8), ("дев'ят", 9),
            ("десят", 10), ("одинадцят", 11), ("дванадцят", 12), ("двадцят", 20), ("тридцят", 30),
        ];
        foreach (var (stem, value) in ordinals)
        {
            Add(words, value, [.. UkrainianAdjectiveEndings.Select(e => stem + e)]);
        }

        Add(words, 3, "третій", "третя", "третє", "третього", "третьої", "третьому", "третім", "третю", "третьою", "треті", "третіх", "третіми");
        return words;
    }

    private static void Add(Dictionary<string, decimal> words, decimal value, params string[] forms)
    {
        foreach (var form in forms)
        {
            words.TryAdd(form, value);
        }
    }
}
