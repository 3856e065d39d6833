using System.Buffers;
using System.Text;

namespace TranslationReview.Core.Terminology.Stemming;

/// <summary>
/// A Ukrainian stemmer in the Snowball manner, written here: it strips the longest noun, adjective or participle
/// ending (all seven cases, singular and plural) that lies after the first vowel, then evens out the sound changes
/// Ukrainian declension makes inside the stem, so that every case form of a word meets its nominative.
/// </summary>
/// <remarks>
/// <para>Alternation in the last closed syllable: і in "Харків", "Кабінет" alternates with о or е in the open
/// syllable of "Харкова" ("Федір"/"Федора", "піч"/"печі"), ї with є ("Київ"/"Києва"); the last vowel before a final
/// consonant is compared without telling о, е and і (or ї and є) apart.</para>
/// <para>Consonant change before the dative and locative -і: "Салтівка"/"Салтівці", "нога"/"нозі",
/// "муха"/"мусі"; a stem's last consonant is compared without telling к from ц, г from з, х from с.</para>
/// <para>Ambiguous endings: a word ending in -ів/-їв/-ов/-ев also keeps itself as a stem (the nominative "Харків"
/// against the genitive plural "міністрів"), and one ending in a vowel and й keeps itself without the й
/// ("Олексій"/"Олексія", "музей"/"музеєм"); one ending in -ові/-еві keeps itself without the і ("Терехові" is
/// "Терехов" + і). A word ending in -ень, -ець, -ок, -ел or -ер also keeps a stem without
/// the vowel that comes and goes ("гривень"/"гривня", "Салтівок"/"Салтівка").</para>
/// </remarks>
public sealed class UkrainianStemmer : IStemmer
{
    private const string Vowels = "аеєиіїоуюя";
    private const string Reflexive = "ся";

    private static readonly SearchValues<char> VowelValues = SearchValues.Create(Vowels);

    private static readonly SuffixTable Endings = new(
    [
        // Adjectives and participles.
        "ий", "ій", "ого", "ього", "ому", "ьому", "ім", "им", "их", "іх", "ими", "іми", "ої", "ьої", "ою", "ьою",
        "а", "я", "е", "є", "і", "ї", "у", "ю",

        // Nouns.
        "о", "и", "ові", "еві", "єві", "ом", "ем", "єм", "ею", "єю", "ам", "ям", "ах", "ях", "ами", "ями",
        "ів", "їв", "ей", "ь", "ія", "ії", "ію", "ією", "ієм", "ієві", "ям", "ьми",
    ]);

    private static readonly string[] AmbiguousNominativeEndings = ["ів", "їв", "ов", "ев"];
    private static readonly string[] FleetingVowelEndings = ["ень", "ець", "ок", "ел", "ер"];

    /// <inheritdoc />
    public string Language => "uk";

    /// <inheritdoc />
    public IReadOnlyList<string> Stems(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var stems = new List<string>(2) { Canonical(Strip(word)) };
        if (word.Length > 3 && Array.Exists(AmbiguousNominativeEndings, e => word.EndsWith(e, StringComparison.Ordinal)))
        {
            AddDistinct(stems, Canonical(word));
        }

        if (word.Length > 4 && (word.EndsWith("ові", StringComparison.Ordinal) || word.EndsWith("еві", StringComparison.Ordinal)))
        {
            // The locative of a name in -ов/-ев: "Терехові" is "Терехов" + і, not "Терех" + ові.
            AddDistinct(stems, Canonical(word[..^1]));
        }

        if (word.Length > 3 && Array.Exists(FleetingVowelEndings, e => word.EndsWith(e, StringComparison.Ordinal)))
        {
            // A vowel that comes and goes: "гривень"/"гривня", "Салтівок"/"Салтівка", "Кравець"/"Кравця".
            var bare = word.TrimEnd('ь');
            AddDistinct(stems, Canonical(bare[..^2] + bare[^1]));
        }

        if (word.Length > 3 && word[^1] == 'й' && Vowels.Contains(word[^2], StringComparison.Ordinal))
        {
            AddDistinct(stems, Canonical(word[..^1]));
        }

        return stems;
    }

    /// <summary>The word without its inflectional ending (and a reflexive -ся), before the stem is evened out.</summary>
    public static string Strip(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var rv = word.AsSpan().IndexOfAny(VowelValues);
        if (rv < 0)
        {
            return word;
        }

        var span = word.AsSpan();
        if (span.Length - Reflexive.Length > rv + 1 && span.EndsWith(Reflexive, StringComparison.Ordinal))
        {
            span = span[..^Reflexive.Length];
        }

        return span[..^Endings.Match(span, rv + 1)].ToString();
    }

    /// <summary>The stem with its last closed-syllable vowel and its last consonant evened out (see the remarks).</summary>
    public static string Canonical(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        if (stem.Length < 2 || Vowels.Contains(stem[^1], StringComparison.Ordinal))
        {
            return stem;
        }

        var text = new StringBuilder(stem);
        text[^1] = text[^1] switch
        {
            'ц' => 'к',
            'з' => 'г',
            'с' => 'х',
            var c => c,
        };

        var vowel = stem.AsSpan().LastIndexOfAny(VowelValues);
        if (vowel > 0)
        {
            text[vowel] = stem[vowel] switch
            {
                'о' or 'е' => 'і',
                'є' => 'ї',
                var c => c,
            };
        }

        return text.ToString();
    }

    private static void AddDistinct(List<string> stems, string stem)
    {
        if (!stems.Contains(stem))
        {
            stems.Add(stem);
        }
    }
}
