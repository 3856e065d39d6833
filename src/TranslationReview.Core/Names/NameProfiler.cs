using TranslationReview.Core.Alignment;

namespace TranslationReview.Core.Names;

/// <summary>
/// Builds the <see cref="NameWordProfile"/> of each word of a source name from the shipped tables and the spelling rules
/// of both languages: an established spelling first, then the gazetteer, then the given-name pairs, then the rules.
/// </summary>
internal static class NameProfiler
{
    private static readonly string[] UkrainianSurnameEndings = ["енко", "чук", "щук", "юк", "ишин", "ський", "цький", "зький", "ська", "цька"];
    private static readonly string[] UkrainianPlaceEndings = ["ів", "їв", "івка", "ївка", "івці", "ївці", "поль", "піль", "город", "ськ", "цьк", "иця", "ичі", "іївка"];
    private static readonly ITransliterator Kmu = Transliterators.Find("uk", TransliterationScheme.Kmu2010)!;
    private static readonly ITransliterator Bgn = Transliterators.Find("ru", TransliterationScheme.BgnPcgn)!;
    private static readonly ITransliterator Conventional = Transliterators.Find("ru", TransliterationScheme.Conventional)!;

    /// <summary>One profile per word of <paramref name="name"/>, for a source in <paramref name="language"/> ("uk" or "ru").</summary>
    public static IReadOnlyList<NameWordProfile> Profile(SourceName name, string language)
    {
        var ukrainian = language == "uk";
        var tables = NameTables.Default;
        var words = name.Words.Where(w => w.Text.Length > 1).ToList();
        var (established, englishWords) = Established(words);
        var wholePlace = words.Count > 1 ? tables.Place(string.Join(' ', words.Select(w => w.Key))) : null;
        var fromTables = established is not null || wholePlace is not null || words.Any(w => tables.Place(w.Key) is not null);
        var (origin, certain) = established is not null ? (established.Origin, true)
            : fromTables ? (NameOrigin.Ukrainian, true) : RuleOrigin(words, ukrainian);
        var lastKey = words.Count > 1 ? words[^1].Key : null;
        var profiles = new List<NameWordProfile>();
        for (var index = 0; index < words.Count; index++)
        {
            var word = words[index];
            var profile = new NameWordProfile(word, origin) { GroupKey = "word:" + word.Key, OriginCertain = certain };
            if (englishWords.TryGetValue(index, out var english))
            {
                profile.Expected = english;
                profile.GroupKey = $"established:{established!.English}:{english}";
                AddLiteral(profile.AcceptedLiterals, profile, english);
            }

            var place = wholePlace ?? tables.Place(word.Key);
            if (place is not null)
            {
                AddPlace(profile, place, wholePlace is null ? 0 : index, wholePlace is null ? 1 : words.Count);
            }
            else if (tables.GivenName(word.Key) is { } given && (words.Count > 1 || ukrainian))
            {
                AddGivenName(profile, given, ukrainian || origin == NameOrigin.Ukrainian);
                profile.GroupKey = lastKey is not null && index < words.Count - 1 ? $"given:{word.Key}|{lastKey}" : null;
            }
            else
            {
                AddRules(profile, word, ukrainian, origin);
            }

            profiles.Add(profile);
        }

        return profiles;
    }

    /// <summary>The capitalized romanization of a lower-case Ukrainian lemma (KMU 2010).</summary>
    public static string Romanize(string lemma) => Capitalize(Kmu.Transliterate(lemma));

    private static (EstablishedName? Name, Dictionary<int, string> English) Established(List<SourceNameWord> words)
    {
        EstablishedName? best = null;
        var bestMap = new Dictionary<int, string>();
        foreach (var candidate in words.SelectMany(w => NameTables.Default.Established(w.Key)).Distinct())
        {
            foreach (var cyrillic in candidate.Cyrillic)
            {
                var keys = cyrillic.Split(' ').Select(NameKeys.Key).ToList();
                var english = candidate.English.Split(' ');
                var map = new Dictionary<int, string>();
                for (var i = 0; i < words.Count; i++)
                {
                    var at = keys.IndexOf(words[i].Key);
                    if (at >= 0)
                    {
                        map[i] = keys.Count == english.Length ? english[at] : at == keys.Count - 1 ? english[^1] : english[0];
                    }
                }

                // A given name alone does not identify a person (Владимир is Putin, Zelensky or Klitschko).
                var identifies = words.Any(w => w.Key == keys[^1]);
                if (identifies && map.Count > bestMap.Count)
                {
                    best = candidate;
                    bestMap = map;
                }
            }
        }

        return (best, bestMap);
    }

    // Whose name it is by the rules alone; certain only when a surname has a Ukrainian ending (-енко, -чук, -ський...).
    private static (NameOrigin Origin, bool Certain) RuleOrigin(List<SourceNameWord> words, bool ukrainian)
    {
        var origin = NameOrigin.Unknown;
        foreach (var word in words)
        {
            var lower = NameKeys.Normalize(word.Text);
            var lemmas = NameKeys.Nominative(word.Text, ukrainian);
            if (lemmas.Any(l => UkrainianSurnameEndings.Any(e => l.EndsWith(e, StringComparison.Ordinal)) || (lower.Length > 5 && l.EndsWith("ук", StringComparison.Ordinal))))
            {
                return (NameOrigin.Ukrainian, true);
            }

            if (ukrainian && (NameTables.Default.GivenName(word.Key) is { } given && NameKeys.Key(given.Ukrainian) == word.Key
                || lemmas.Any(l => UkrainianPlaceEndings.Any(e => l.EndsWith(e, StringComparison.Ordinal)))))
            {
                origin = NameOrigin.Ukrainian;
            }
        }

        return (origin, false);
    }

    private static void AddPlace(NameWordProfile profile, UkrainianPlace place, int index, int count)
    {
        string? At(string phrase)
        {
            var parts = phrase.Split(' ');
            return parts.Length == count ? parts[index] : count == 1 ? phrase : null;
        }

        profile.GroupKey = $"place:{place.Ukrainian}:{index}";
        // The first English spelling is the one to suggest; the others are also right (Dnipro|Dnieper for the river).
        foreach (var english in place.English.Split('|').Select(At).OfType<string>())
        {
            profile.Expected ??= english;
            AddLiteral(profile.AcceptedLiterals, profile, english);
        }

        if (At(place.Ukrainian) is { } uk)
        {
            profile.Accepted.Add(NameReading.Of(NameKeys.Normalize(uk), NameReadingMode.Ukrainian));
        }

        if (At(place.Russian) is { } ru)
        {
            profile.OtherLanguage.Add(NameReading.Of(NameKeys.Normalize(ru), NameReadingMode.Russian));
            profile.Anchors.Add(LatinFolding.Fold(Bgn.Transliterate(ru)));
        }

        foreach (var form in place.RussianBasedEnglish.Select(At).OfType<string>())
        {
            AddLiteral(profile.OtherLanguageLiterals, profile, form);
        }
    }

    private static void AddGivenName(NameWordProfile profile, GivenNamePair given, bool ukrainianPerson)
    {
        var uk = NameKeys.Normalize(given.Ukrainian);
        var ru = NameKeys.Normalize(given.Russian);
        if (ukrainianPerson)
        {
            profile.Expected ??= Romanize(uk);
            profile.Accepted.Add(NameReading.Of(uk, NameReadingMode.Ukrainian));
            profile.Anchors.Add(LatinFolding.Fold(Kmu.Transliterate(uk)));
            if (ru != uk)
            {
                profile.OtherLanguage.Add(NameReading.Of(ru, NameReadingMode.Russian));
            }

            profile.OtherLanguage.Add(NameReading.Of(uk, NameReadingMode.RussianOfUkrainianSpelling));
            foreach (var form in given.RussianBasedEnglish)
            {
                AddLiteral(profile.OtherLanguageLiterals, profile, form);
            }

        }
        else
        {
            profile.Accepted.Add(NameReading.Of(ru, NameReadingMode.Russian));
            profile.Accepted.Add(NameReading.Of(uk, NameReadingMode.Ukrainian));
            foreach (var form in given.RussianBasedEnglish)
            {
                AddLiteral(profile.AcceptedLiterals, profile, form);
            }
        }
    }

    private static void AddRules(NameWordProfile profile, SourceNameWord word, bool ukrainian, NameOrigin origin)
    {
        var lemmas = NameKeys.Nominative(word.Text, ukrainian);
        profile.Lemmas.AddRange(lemmas);
        // A foreign name's romanizations only help to find its rendering; its one right spelling is the established one.
        var accepted = origin == NameOrigin.Foreign ? profile.OtherLanguage : profile.Accepted;
        foreach (var lemma in lemmas)
        {
            if (ukrainian)
            {
                accepted.Add(NameReading.Of(lemma, NameReadingMode.Ukrainian));
                profile.OtherLanguage.Add(NameReading.Of(lemma, NameReadingMode.RussianOfUkrainianSpelling));
                profile.Anchors.Add(LatinFolding.Fold(Kmu.Transliterate(lemma)));
            }
            else
            {
                accepted.Add(NameReading.Of(lemma, origin == NameOrigin.Ukrainian ? NameReadingMode.UkrainianOfRussianSpelling : NameReadingMode.Russian));
                profile.OtherLanguage.Add(NameReading.Of(lemma, NameReadingMode.Russian));
                profile.Anchors.Add(LatinFolding.Fold(Bgn.Transliterate(lemma)));
                profile.Anchors.Add(LatinFolding.Fold(Conventional.Transliterate(lemma)));
            }
        }
    }

    private static void AddLiteral(HashSet<string> set, NameWordProfile profile, string spelling)
    {
        var folded = LatinFolding.Fold(spelling);
        set.Add(folded);
        profile.Anchors.Add(folded);
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
