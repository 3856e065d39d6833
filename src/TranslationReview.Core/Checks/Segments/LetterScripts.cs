namespace TranslationReview.Core.Checks.Segments;

/// <summary>Which alphabet a letter or a language is written in.</summary>
internal static class LetterScripts
{
    // Languages written in Cyrillic by default; Serbian is written in both, so it is left out.
    private static readonly HashSet<string> CyrillicLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "ru", "uk", "be", "bg", "mk", "kk", "ky", "mn", "tg", "tt", "ba", "cv", "sah", "os", "ab", "rue",
    };

    private static readonly HashSet<string> LatinLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "bs", "ro", "hu", "fi", "et", "lv",
        "lt", "sv", "da", "nb", "nn", "no", "is", "ga", "cy", "tr", "az", "uz", "sq", "mt", "ca", "eu", "gl", "id", "ms",
        "vi", "tl", "sw", "af", "eo", "la",
    };

    /// <summary>The alphabet of one character; <see cref="LetterScript.Other"/> for anything but a letter.</summary>
    public static LetterScript Of(char c)
    {
        if (!char.IsLetter(c))
        {
            return LetterScript.Other;
        }

        if (c is >= '\u0400' and <= '\u052F' || c is >= '\u1C80' and <= '\u1C8F' || c is >= '\u2DE0' and <= '\u2DFF' || c is >= '\uA640' and <= '\uA69F')
        {
            return LetterScript.Cyrillic;
        }

        return c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF' ? LetterScript.Latin : LetterScript.Other;
    }

    /// <summary>The alphabet a language is normally written in, from its BCP 47 tag; Other when unknown.</summary>
    public static LetterScript OfLanguage(string languageTag)
    {
        var tag = languageTag.Replace('_', '-');
        if (tag.Contains("-Cyrl", StringComparison.OrdinalIgnoreCase))
        {
            return LetterScript.Cyrillic;
        }

        if (tag.Contains("-Latn", StringComparison.OrdinalIgnoreCase))
        {
            return LetterScript.Latin;
        }

        var language = tag.Split('-')[0];
        return CyrillicLanguages.Contains(language) ? LetterScript.Cyrillic
            : LatinLanguages.Contains(language) ? LetterScript.Latin
            : LetterScript.Other;
    }
}
