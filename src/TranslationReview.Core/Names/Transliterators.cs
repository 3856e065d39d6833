namespace TranslationReview.Core.Names;

/// <summary>The registry of transliterators by language and scheme.</summary>
public static class Transliterators
{
    private static readonly ITransliterator[] All =
    [
        new UkrainianKmu2010Transliterator(),
        new Iso9Transliterator("uk"),
        new RussianBgnPcgnTransliterator(),
        new RussianConventionalTransliterator(),
        new Iso9Transliterator("ru"),
    ];

    private static readonly Dictionary<TransliterationScheme, string> SchemeNames = new()
    {
        [TransliterationScheme.Kmu2010] = "kmu2010",
        [TransliterationScheme.BgnPcgn] = "bgn-pcgn",
        [TransliterationScheme.Conventional] = "conventional",
        [TransliterationScheme.Iso9] = "iso9",
    };

    /// <summary>The languages that have transliterators: "uk" and "ru".</summary>
    public static IReadOnlyList<string> Languages { get; } = ["uk", "ru"];

    /// <summary>The transliterator for the language (a BCP 47 tag; "uk-UA" counts as "uk") and scheme, or null when the scheme is not for that language.</summary>
    public static ITransliterator? Find(string language, TransliterationScheme scheme)
    {
        var primary = PrimaryLanguage(language);
        return All.FirstOrDefault(t => t.Language == primary && t.Scheme == scheme);
    }

    /// <summary>The scheme a language's names are romanized with unless told otherwise: KMU 2010 for Ukrainian, BGN/PCGN for Russian.</summary>
    public static TransliterationScheme? DefaultScheme(string language) => PrimaryLanguage(language) switch
    {
        "uk" => TransliterationScheme.Kmu2010,
        "ru" => TransliterationScheme.BgnPcgn,
        _ => null,
    };

    /// <summary>The schemes available for a language.</summary>
    public static IReadOnlyList<TransliterationScheme> SchemesFor(string language)
    {
        var primary = PrimaryLanguage(language);
        return [.. All.Where(t => t.Language == primary).Select(t => t.Scheme)];
    }

    /// <summary>The scheme's name on the command line and in files: kmu2010, bgn-pcgn, conventional, iso9.</summary>
    public static string SchemeName(this TransliterationScheme scheme) => SchemeNames[scheme];

    /// <summary>Reads a scheme name (case-insensitive; "bgn/pcgn", "bgnpcgn" and "iso-9" also accepted).</summary>
    public static bool TryParseScheme(string? text, out TransliterationScheme scheme)
    {
        var normalized = (text ?? string.Empty).Trim().ToLowerInvariant().Replace("/", string.Empty, StringComparison.Ordinal)
            .Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        foreach (var (value, name) in SchemeNames)
        {
            if (name.Replace("-", string.Empty, StringComparison.Ordinal) == normalized)
            {
                scheme = value;
                return true;
            }
        }

        scheme = default;
        return false;
    }

    /// <summary>The primary subtag of a BCP 47 tag in lower case ("uk-UA" → "uk").</summary>
    internal static string PrimaryLanguage(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Split('-', '_')[0].Trim().ToLowerInvariant();
    }
}
