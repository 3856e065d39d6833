namespace TranslationReview.Core.Names;

/// <summary>
/// Every Latin spelling a Cyrillic name can have when read one way (<see cref="NameReadingMode"/>), held as a sequence of
/// alternatives per letter so that the spellings need not be listed: <see cref="Matches"/> tests one folded word.
/// </summary>
internal sealed class NameReading
{
    private readonly string[][] _letters;

    private NameReading(string[][] letters) => _letters = letters;

    /// <summary>The reading of a lower-case Cyrillic name (apostrophes already dropped) in one mode.</summary>
    public static NameReading Of(string lemma, NameReadingMode mode)
    {
        var letters = new List<string[]>(lemma.Length);
        for (var i = 0; i < lemma.Length; i++)
        {
            var ch = lemma[i];
            var start = i == 0 || !char.IsLetter(lemma[i - 1]);
                        var previous = i > 0 ? lemma[i - 1] : ' ';
            var next = i + 1 < lemma.Length ? lemma[i + 1] : ' ';
            if (ch == 'к' && next == 'с' && mode is NameReadingMode.Russian)
            {
                letters.Add(["ks", "x"]);
                i++;
                continue;
            }

            // -ий, -ій, -ый at the end: every press spelling of the ending (Zelensky, Zelenskyi, Zelenskiy, Oleksii).
            if (ch is 'и' or 'і' or 'ы' && next == 'й' && i + 2 == lemma.Length)
            {
                letters.Add(mode is NameReadingMode.Ukrainian && ch == 'и' ? ["y", "yi", "yy", "iy", "ii", "i"]
                    : mode is NameReadingMode.Ukrainian ? ["ii", "iy", "i", "yi", "y"]
                    : mode is NameReadingMode.UkrainianOfRussianSpelling ? ["y", "yi", "yy", "iy", "ii", "i"]
                    : ["y", "iy", "ii", "i", "yy", "ij"]);
                i++;
                continue;
            }

            var options = Letter(ch, mode, start, previous).ToList();
            if (i > 0 && ch == previous && char.IsLetter(ch))
            {
                options.Add(string.Empty);
            }

            letters.Add([.. options]);
        }

        return new NameReading([.. letters]);
    }

    /// <summary>True when the folded Latin word (lower case, no diacritics) is one of the reading's spellings.</summary>
    public bool Matches(string folded)
    {
        if (folded.Length > 128)
        {
            return false;
        }

        Span<bool> reachable = stackalloc bool[folded.Length + 1];
        Span<bool> next = stackalloc bool[folded.Length + 1];
        reachable.Clear();
        reachable[0] = true;
        foreach (var options in _letters)
        {
            next.Clear();
            var any = false;
            for (var at = 0; at <= folded.Length; at++)
            {
                if (!reachable[at])
                {
                    continue;
                }

                foreach (var option in options)
                {
                    if (at + option.Length <= folded.Length && folded.AsSpan(at, option.Length).SequenceEqual(option))
                    {
                        next[at + option.Length] = true;
                        any = true;
                    }
                }
            }

            if (!any)
            {
                return false;
            }

            var swap = reachable;
            reachable = next;
            next = swap;
        }

        return reachable[folded.Length];
    }

    private static string[] Letter(char ch, NameReadingMode mode, bool start, char previous)
    {
        var russian = mode is NameReadingMode.Russian or NameReadingMode.RussianOfUkrainianSpelling;
        var iotated = start || "аеёєиіїоуыэюяйъь".Contains(previous, StringComparison.Ordinal);
        return ch switch
        {
            'а' => ["a"], 'б' => ["b"], 'в' => ["v", "w"], 'д' => ["d"], 'з' => ["z"], 'к' => ["k"],
            'л' => ["l"], 'м' => ["m"], 'н' => ["n"], 'о' => ["o"], 'п' => ["p"], 'р' => ["r"], 'с' => ["s"], 'т' => ["t"],
            'у' => ["u"], 'ф' => ["f"], 'ж' => ["zh"], 'ч' => ["ch", "tch"], 'ш' => ["sh"], 'щ' => ["shch", "sch", "shh"],
            'ц' => ["ts", "tz", "c"], 'ъ' => [string.Empty], 'э' => ["e"],
            'г' when russian => ["g"],
            'г' when previous == 'з' => ["gh", "h"],
            'г' => ["h"],
            'ґ' => ["g"],
            'х' => russian ? ["kh", "h", "ch"] : ["kh", "h"],
            'е' when mode is NameReadingMode.Ukrainian => ["e"],
            'е' => iotated ? ["ye", "e", "je", "ie"] : mode is NameReadingMode.UkrainianOfRussianSpelling ? ["e", "ie", "ye"] : ["e"],
            'ё' => ["yo", "e", "io", "jo", "ye", "o"],
            'є' when russian => ["e", "ye"],
            'є' => start ? ["ye", "je", "e"] : ["ie", "ye", "e"],
            'и' => mode switch
            {
                NameReadingMode.Ukrainian => ["y"],
                NameReadingMode.UkrainianOfRussianSpelling => ["y", "i"],
                _ => ["i", "y"],
            },
            'і' => mode is NameReadingMode.RussianOfUkrainianSpelling ? ["i", "o", "e"] : ["i"],
            'ї' => mode is NameReadingMode.RussianOfUkrainianSpelling ? ["i", "yi", "e", "ye"] : start ? ["yi", "ji", "i"] : ["i", "yi", "ji"],
            'ы' => russian ? ["y", "i"] : ["y"],
            'й' => start ? ["y", "j", "i"] : ["i", "y", "j", string.Empty],
            'ь' => russian ? [string.Empty, "y", "i"] : [string.Empty],
            'ю' => start || iotated ? ["yu", "ju", "iu"] : ["iu", "yu", "u", "ju"],
            'я' when previous is 'и' or 'і' => ["ia", "ya", "a", "ja", "iya"],
            'я' => start || iotated ? ["ya", "ja", "ia"] : russian ? ["ya", "ia", "a", "ja"] : ["ia", "ya", "ja"],
            '-' => ["-", string.Empty, " "],
            _ => [ch.ToString()],
        };
    }
}
