namespace TranslationReview.Core.Checks.Numbers;

/// <summary>How a language writes numbers: which mark separates decimals.</summary>
internal static class NumberConventions
{
    // Languages that write a decimal point (3.5) and group thousands with commas; most of Europe writes 3,5.
    private static readonly HashSet<string> DecimalPointLanguages = new(StringComparer.Ordinal)
    {
        "en", "zh", "ja", "ko", "he", "hi", "th", "ms", "ga", "cy", "mt", "tl",
    };

    /// <summary>The primary language subtag, lower case: "en" for "en-GB".</summary>
    public static string Language(string languageTag)
    {
        var end = languageTag.AsSpan().IndexOfAny('-', '_');
        var primary = end < 0 ? languageTag : languageTag[..end];
        return primary.AsSpan().ContainsAnyInRange('A', 'Z') ? primary.ToLowerInvariant() : primary;
    }

    /// <summary>True for languages that write 3,5 and 1 000 000 (Russian, Ukrainian, German…), false for English and the like.</summary>
    public static bool UsesDecimalComma(string languageTag) => !DecimalPointLanguages.Contains(Language(languageTag));

    /// <summary>True when the target is US English, which writes dates month first.</summary>
    public static bool IsUnitedStates(string languageTag) =>
        languageTag.Replace('_', '-').Equals("en-US", StringComparison.OrdinalIgnoreCase);
}
