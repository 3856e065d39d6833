using System.Buffers;

namespace TranslationReview.Core.Terminology.Stemming;

/// <summary>
/// The Snowball Russian stemmer (M. Porter's algorithm), written here: perfective gerund, reflexive, adjectival
/// (adjective and participle), verb and noun endings within RV, then -и, derivational -ость in R2, superlative -ейш
/// and the doubled н and soft sign. "Министерства обороны" and "Министерство обороны" share their stems.
/// </summary>
/// <remarks>
/// Two additions for names, whose nominative Snowball reads as an inflected form: a word ending in -ов/-ев also keeps
/// itself as a stem ("Киев" must meet "Киева", stem "киев"), and one ending in -ей also keeps itself without the й
/// ("Алексей" must meet "Алексея", stem "алексе"). A word ending in -ец, -ок, -ек or -ень also keeps the stem of
/// its form without the vowel that comes and goes ("отец"/"отца", "Салтовок"/"Салтовка").
/// </remarks>
public sealed class RussianStemmer : IStemmer
{
    private const string Vowels = "аеиоуыэюя";
    private const string AOrYa = "ая";

    private static readonly string[] FleetingVowelEndings = ["ец", "ок", "ек", "ень"];

    private static readonly SearchValues<char> VowelValues = SearchValues.Create(Vowels);

    private static readonly SuffixTable PerfectiveGerund = new(["ив", "ивши", "ившись", "ыв", "ывши", "ывшись"], ["в", "вши", "вшись"], AOrYa);
    private static readonly SuffixTable Reflexive = new(["ся", "сь"]);
    private static readonly SuffixTable Adjective = new(
        ["ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом", "его", "ого", "ему", "ому", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею"]);
    private static readonly SuffixTable Participle = new(["ивш", "ывш", "ующ"], ["ем", "нн", "вш", "ющ", "щ"], AOrYa);
    private static readonly SuffixTable Verb = new(
        ["ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им", "ым", "ен", "ило", "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ую", "ю"],
        ["ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно"],
        AOrYa);
    private static readonly SuffixTable Noun = new(
        ["а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой", "ий", "й", "иям", "ям", "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия", "ья", "я"]);
    private static readonly SuffixTable Derivational = new(["ост", "ость"]);

    /// <inheritdoc />
    public string Language => "ru";

    /// <inheritdoc />
    public IReadOnlyList<string> Stems(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var stem = Stem(word);
        var stems = new List<string>(2) { stem };
        if (word.Length > 3 && (word.EndsWith("ов", StringComparison.Ordinal) || word.EndsWith("ев", StringComparison.Ordinal)))
        {
            AddDistinct(stems, word);
        }

        if (word.Length > 3 && Array.Exists(FleetingVowelEndings, e => word.EndsWith(e, StringComparison.Ordinal)))
        {
            // A vowel that comes and goes: "отец"/"отца", "Салтовок"/"Салтовка", "день"/"дня".
            var bare = word.TrimEnd('ь');
            AddDistinct(stems, Stem(bare[..^2] + bare[^1] + "а"));
        }

        if (word.Length > 3 && word.EndsWith("ей", StringComparison.Ordinal))
        {
            AddDistinct(stems, word[..^1]);
        }

        return stems;
    }

    /// <summary>The Snowball stem of one folded word.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var rv = RegionAfterFirstVowel(word, 0);
        var r1 = RegionAfterVowelConsonant(word, 0);
        var r2 = RegionAfterVowelConsonant(word, r1);
        var span = word.AsSpan();

        // Step 1.
        var cut = PerfectiveGerund.Match(span, rv);
        if (cut > 0)
        {
            span = span[..^cut];
        }
        else
        {
            span = span[..^Reflexive.Match(span, rv)];
            if ((cut = Adjective.Match(span, rv)) > 0)
            {
                span = span[..^cut];
                span = span[..^Participle.Match(span, rv)];
            }
            else if ((cut = Verb.Match(span, rv)) > 0 || (cut = Noun.Match(span, rv)) > 0)
            {
                span = span[..^cut];
            }
        }

        // Step 2.
        if (span.Length > rv && span.EndsWith("и", StringComparison.Ordinal))
        {
            span = span[..^1];
        }

        // Step 3.
        span = span[..^Derivational.Match(span, Math.Max(r2, rv))];

        // Step 4.
        if (span.Length - 4 >= rv && span.EndsWith("ейше", StringComparison.Ordinal))
        {
            span = span[..^4];
        }
        else if (span.Length - 3 >= rv && span.EndsWith("ейш", StringComparison.Ordinal))
        {
            span = span[..^3];
        }

        if (span.Length - 2 >= rv && span.EndsWith("нн", StringComparison.Ordinal))
        {
            span = span[..^1];
        }
        else if (span.Length - 1 >= rv && span.EndsWith("ь", StringComparison.Ordinal))
        {
            span = span[..^1];
        }

        return span.ToString();
    }

    private static void AddDistinct(List<string> stems, string stem)
    {
        if (!stems.Contains(stem))
        {
            stems.Add(stem);
        }
    }

    /// <summary>The index just after the first vowel at or after <paramref name="from"/>; the word's length when there is none.</summary>
    private static int RegionAfterFirstVowel(string word, int from)
    {
        var i = word.AsSpan(from).IndexOfAny(VowelValues);
        return i < 0 ? word.Length : from + i + 1;
    }

    /// <summary>The index just after the first non-vowel that follows a vowel, at or after <paramref name="from"/>.</summary>
    private static int RegionAfterVowelConsonant(string word, int from)
    {
        for (var i = from + 1; i < word.Length; i++)
        {
            if (!Vowels.Contains(word[i], StringComparison.Ordinal) && Vowels.Contains(word[i - 1], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return word.Length;
    }
}
