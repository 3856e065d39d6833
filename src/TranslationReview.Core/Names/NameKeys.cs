using System.Globalization;
using System.Text;

namespace TranslationReview.Core.Names;

/// <summary>
/// Lemma-like keys and nominative candidates for Russian and Ukrainian name forms. A key drops the case ending and
/// blurs the vowel of a closed last syllable, so Зеленського, Зеленському and Зеленський share "зел*нск", and Харків,
/// Харкова, Харкові (and the Russian Харьков) share "харк*в" through the Ukrainian і/о alternation.
/// </summary>
internal static class NameKeys
{
    // Words repeat through documents and across runs; keys are remembered up to a bound (cleared when it is reached).
    private const int KeyCacheLimit = 200_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> KeyCache = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KeyLookup =
        KeyCache.GetAlternateLookup<ReadOnlySpan<char>>();

    // Case endings of nouns and of adjectival surnames and place adjectives, longest first.
    private static readonly string[] Endings =
    [
        "ового", "овому", "ими", "ыми", "ого", "его", "ому", "ему", "ої", "ою", "ею", "єю", "ами", "ями", "ові", "еві", "єві",
        "ий", "ій", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые", "ую", "юю", "им", "ім", "ым", "ом", "ем", "ём", "єм", "их", "іх", "ых",
        "а", "я", "у", "ю", "е", "є", "и", "і", "ы", "о", "ь", "й",
    ];

    // Nominative endings to try on a stem, by the ending a form had.
    private static readonly Dictionary<string, string[]> Nominatives = new(StringComparer.Ordinal)
    {
        ["ого"] = ["ий", "ой", "ый", "ое"], ["его"] = ["ий", "ее"], ["ому"] = ["ий", "ой", "ый"], ["ему"] = ["ий"],
        ["им"] = ["ий"], ["ім"] = ["ий"], ["ым"] = ["ый", "ий"], ["ими"] = ["ий", "ые"], ["ыми"] = ["ый"],
        ["ої"] = ["а"], ["ій"] = ["а", "ий", "ій"], ["ой"] = ["ая", "ой", "ый", "а"], ["ую"] = ["ая", "а"], ["ою"] = ["а", ""],
        ["ею"] = ["я", "а"], ["єю"] = ["я"], ["ові"] = ["", "о"], ["еві"] = ["", "ь"],
        ["єві"] = ["й"], ["ом"] = ["", "о"], ["ем"] = ["", "ь", "й"], ["ём"] = ["ь", "й"], ["єм"] = ["й"],
        ["а"] = ["", "а", "о"], ["я"] = ["ь", "я", "й"], ["у"] = ["", "а", "о"], ["ю"] = ["ь", "я", "й"],
        ["е"] = ["", "а", "ь", "е", "й"], ["є"] = ["й"], ["и"] = ["а", "и", "ь"], ["і"] = ["", "а", "я", "ь", "і"],
        ["ы"] = ["а", "ы"], ["ий"] = ["ий"], ["ый"] = ["ый"], ["ие"] = ["ий"], ["ые"] = ["ый"],
    };

    /// <summary>The key of a name word in either language: lower case, ending dropped, closed last vowel blurred.</summary>
    public static string Key(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (KeyCache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var key = Blur(StripEnding(Normalize(word), out _));
        if (KeyCache.Count > KeyCacheLimit)
        {
            KeyCache.Clear();
        }

        KeyCache[word] = key;
        return key;
    }

    /// <summary>The key of a name word given as a span of text; a word met before costs no allocation.</summary>
    public static string Key(ReadOnlySpan<char> word) => KeyLookup.TryGetValue(word, out var cached) ? cached : Key(word.ToString());

    /// <summary>The key of several words (a multi-word name), space-separated.</summary>
    public static string KeyOfPhrase(string phrase) =>
        string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Key));

    /// <summary>
    /// Nominative candidates of a form (lower case, Cyrillic): the form itself, the stem with the nominative endings its
    /// ending allows, and for a Ukrainian stem whose last syllable has о, е or є before a consonant, the same with і or ї
    /// (Харкова → Харків, Києва → Київ, Миколаєва → Миколаїв, Тернополя → Тернопіль).
    /// </summary>
    public static IReadOnlyList<string> Nominative(string word, bool ukrainian)
    {
        var lower = Normalize(word);
        var candidates = new List<string> { lower };
        var stem = StripEnding(lower, out var ending);
        if (ending.Length > 0 && Nominatives.TryGetValue(ending, out var endings))
        {
            candidates.AddRange(endings.Select(e => stem + e));
        }

        if (ukrainian && ending.Length > 0)
        {
            var alternated = Alternate(stem);
            if (alternated is not null)
            {
                candidates.Add(alternated);
                candidates.Add(alternated + "ь");
            }
        }

        // No word ends in a soft sign after a letter that cannot be soft (Миколаївкь).
        return [.. candidates.Where(c => c.Length > 2 && !(c[^1] == 'ь' && "кгґхжшчщбпвмфрйаеєиіїоуыэюя".Contains(c[^2], StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Lower case, ё as е, apostrophes and hard signs dropped.</summary>
    public static string Normalize(string word)
    {
        var text = new StringBuilder(word.Length);
        foreach (var ch in word.ToLower(CultureInfo.InvariantCulture))
        {
            if (CyrillicTransliterator.IsApostrophe(ch) || ch == 'ъ')
            {
                continue;
            }

            text.Append(ch == 'ё' ? 'е' : ch);
        }

        return text.ToString();
    }

    private static string StripEnding(string lower, out string ending)
    {
        foreach (var candidate in Endings)
        {
            var minimum = candidate.Length == 3 && candidate[0] is 'о' or 'е' or 'є' && candidate.EndsWith('і') ? 5 : 3;
            if (lower.Length - candidate.Length >= minimum && lower.EndsWith(candidate, StringComparison.Ordinal))
            {
                ending = candidate;
                return lower[..^candidate.Length];
            }
        }

        ending = string.Empty;
        return lower;
    }

    private static string Blur(string stem)
    {
        var text = new StringBuilder(stem.Replace("ь", string.Empty, StringComparison.Ordinal));
        var last = LastClosedVowel(text);
        if (last >= 0 && text[last] is 'і' or 'о' or 'е' or 'ї' or 'є')
        {
            text[last] = '*';
        }

        return text.ToString();
    }

    private static string? Alternate(string stem)
    {
        var text = new StringBuilder(stem);
        var last = LastClosedVowel(text);
        if (last < 0 || text[last] is not ('о' or 'е' or 'є'))
        {
            return null;
        }

        text[last] = text[last] == 'є' || (last > 0 && IsVowel(text[last - 1])) ? 'ї' : 'і';
        return text.ToString();
    }

    // The last vowel when only consonants follow it to the end of the stem (and at least one does).
    private static int LastClosedVowel(StringBuilder stem)
    {
        for (var i = stem.Length - 1; i >= 0; i--)
        {
            if (IsVowel(stem[i]))
            {
                return i < stem.Length - 1 ? i : -1;
            }
        }

        return -1;
    }

    private static bool IsVowel(char ch) => "аеєиіїоуыэюя".Contains(ch, StringComparison.Ordinal);
}
