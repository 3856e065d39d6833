namespace TranslationReview.Core.Checks.Numbers;

/// <summary>
/// Month names in English (full and abbreviated) and in every case form a Russian or Ukrainian date uses:
/// nominative (сентябрь, вересень), genitive (4 октября, 4 жовтня), prepositional or locative (в сентябре, у вересні),
/// and the common abbreviations (сент., жовт.).
/// </summary>
internal static class MonthNames
{
    private static readonly string[][] English =
    [
        ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
        ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
    ];

    private static readonly string[][] Russian =
    [
        ["январь", "января", "январе", "янв"], ["февраль", "февраля", "феврале", "фев", "февр"], ["март", "марта", "марте", "мар"],
        ["апрель", "апреля", "апреле", "апр"], ["май", "мая", "мае"], ["июнь", "июня", "июне", "июн"], ["июль", "июля", "июле", "июл"],
        ["август", "августа", "августе", "авг"], ["сентябрь", "сентября", "сентябре", "сен", "сент"], ["октябрь", "октября", "октябре", "окт"],
        ["ноябрь", "ноября", "ноябре", "ноя", "нояб"], ["декабрь", "декабря", "декабре", "дек"],
    ];

    private static readonly string[][] Ukrainian =
    [
        ["січень", "січня", "січні", "січ"], ["лютий", "лютого", "лютому", "лют"], ["березень", "березня", "березні", "бер"],
        ["квітень", "квітня", "квітні", "квіт"], ["травень", "травня", "травні", "трав"], ["червень", "червня", "червні", "черв"],
        ["липень", "липня", "липні", "лип"], ["серпень", "серпня", "серпні", "серп"], ["вересень", "вересня", "вересні", "вер"],
        ["жовтень", "жовтня", "жовтні", "жовт"], ["листопад", "листопада", "листопаді", "лист"], ["грудень", "грудня", "грудні", "груд"],
    ];

    private static readonly HashSet<string> Abbreviations = new(
        English.SelectMany(m => m.Skip(1)).Concat(Russian.SelectMany(m => m.Skip(3))).Concat(Ukrainian.SelectMany(m => m.Skip(3))),
        StringComparer.Ordinal);

    private static readonly Dictionary<string, int> EnglishMonths = Index(English);
    private static readonly Dictionary<string, int> RussianMonths = Index(Russian);
    private static readonly Dictionary<string, int> UkrainianMonths = Index(Ukrainian);

    /// <summary>Every form of every month in the language, for a regular expression alternation; empty for other languages.</summary>
    public static IReadOnlyCollection<string> Forms(string languageTag) => Table(languageTag)?.Keys ?? (IReadOnlyCollection<string>)[];

    /// <summary>The month (1–12) a form names, or null.</summary>
    public static int? Month(string form, string languageTag) =>
        Table(languageTag)?.TryGetValue(form.ToLowerInvariant(), out var month) == true ? month : null;

    /// <summary>True for an abbreviation (Sept, окт, жовт), which may take a dot of its own.</summary>
    public static bool IsAbbreviation(string form) => Abbreviations.Contains(form.ToLowerInvariant());

    /// <summary>The name of the month to write in a suggestion: English full name, Russian or Ukrainian genitive.</summary>
    public static string DateForm(int month, string languageTag) => NumberConventions.Language(languageTag) switch
    {
        "ru" => Russian[month - 1][1],
        "uk" => Ukrainian[month - 1][1],
        _ => char.ToUpperInvariant(English[month - 1][0][0]) + English[month - 1][0][1..],
    };

    private static Dictionary<string, int>? Table(string languageTag) => NumberConventions.Language(languageTag) switch
    {
        "en" => EnglishMonths,
        "ru" => RussianMonths,
        "uk" => UkrainianMonths,
        _ => null,
    };

    private static Dictionary<string, int> Index(string[][] months)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < months.Length; i++)
        {
            foreach (var form in months[i])
            {
                index[form] = i + 1;
            }
        }

        return index;
    }
}
