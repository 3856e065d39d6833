namespace TranslationReview.Core.Checks.Numbers;

/// <summary>Scale words after a number: thousand, million, billion and their abbreviations in English, Russian and Ukrainian.</summary>
internal static class NumberScales
{
    private static readonly (string Word, decimal Scale, bool Prefix)[] Words =
    [
        ("thousand", 1e3m, true), ("million", 1e6m, true), ("billion", 1e9m, true), ("trillion", 1e12m, true),
        ("mln", 1e6m, false), ("mn", 1e6m, false), ("bn", 1e9m, false), ("tn", 1e12m, false), ("k", 1e3m, false), ("m", 1e6m, false),
        ("тыс", 1e3m, false), ("тысяч", 1e3m, true), ("тысяча", 1e3m, false), ("тысячи", 1e3m, false),
        ("тис", 1e3m, false), ("тисяч", 1e3m, true), ("тисяча", 1e3m, false), ("тисячі", 1e3m, false),
        ("млн", 1e6m, false), ("миллион", 1e6m, true), ("мільйон", 1e6m, true),
        ("млрд", 1e9m, false), ("миллиард", 1e9m, true), ("мільярд", 1e9m, true),
        ("трлн", 1e12m, false), ("триллион", 1e12m, true), ("трильйон", 1e12m, true),
    ];

    /// <summary>
    /// Reads a scale word that starts at <paramref name="position"/> (after at most one space, or glued to the digits for
    /// "84m", "5bn"); returns the scale and the end of the word (a trailing abbreviation dot included), or null.
    /// </summary>
    public static (decimal Scale, int End, string Word)? Read(string text, int position)
    {
        var start = position;
        if (start < text.Length && text[start] is ' ' or '\u00A0' or '\u202F')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        if (end == start)
        {
            return null;
        }

        var word = text.AsSpan(start, end - start);
        foreach (var (scaleWord, scale, prefix) in Words)
        {
            var fits = prefix
                ? word.StartsWith(scaleWord, StringComparison.OrdinalIgnoreCase)
                : word.Equals(scaleWord, StringComparison.OrdinalIgnoreCase);
            // One-letter abbreviations count only glued to the digits: "84m" is 84 million, "84 m" is 84 metres.
            if (fits && (scaleWord.Length > 1 || start == position))
            {
                var wordEnd = end < text.Length && text[end] == '.' && !prefix ? end + 1 : end;
                return (scale, wordEnd, text[start..wordEnd]);
            }
        }

        return null;
    }
}
