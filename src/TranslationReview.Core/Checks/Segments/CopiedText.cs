using System.Text.RegularExpressions;
using TranslationReview.Core.Diffing;

namespace TranslationReview.Core.Checks.Segments;

/// <summary>Whether a target is a copy of its source, and whether that copy is legitimate.</summary>
internal static partial class CopiedText
{
    /// <summary>True when both texts have the same letters and digits in the same order, ignoring case, spacing and punctuation.</summary>
    public static bool SameWords(string source, string target)
    {
        int i = 0, j = 0, compared = 0;
        while (true)
        {
            while (i < source.Length && !char.IsLetterOrDigit(source[i]))
            {
                i++;
            }

            while (j < target.Length && !char.IsLetterOrDigit(target[j]))
            {
                j++;
            }

            if (i == source.Length || j == target.Length)
            {
                return i == source.Length && j == target.Length && compared > 0;
            }

            if (char.ToLowerInvariant(source[i++]) != char.ToLowerInvariant(target[j++]))
            {
                return false;
            }

            compared++;
        }
    }

    /// <summary>
    /// True when the text may stay as it is in a translation: it holds only numbers, codes, URLs, e-mail addresses, short
    /// abbreviations and
    /// capitalized names written in the target's alphabet or in Latin letters (brands and foreign names stay Latin in
    /// Cyrillic text; Cyrillic names are always transliterated into Latin text).
    /// </summary>
    public static bool MayStayUnchanged(string text, LetterScript targetScript)
    {
        var rest = AddressPattern().Replace(text, " ");
        foreach (var token in WordTokenizer.Tokenize(rest))
        {
            if (token.Kind != TextTokenKind.Word || token.Text.Any(char.IsDigit))
            {
                continue;
            }

            var script = token.Text.Select(LetterScripts.Of).FirstOrDefault(s => s != LetterScript.Other);
            var inTargetAlphabet = targetScript == LetterScript.Other || script == targetScript || script == LetterScript.Latin;
            // Abbreviations such as "p." or "S." (page, street) carry no translatable text.
            var abbreviation = token.Text.Length <= 2;
            if (!inTargetAlphabet || (!abbreviation && !token.Text.Any(char.IsUpper)))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"(?:https?://|www\.)\S+|\S+@\S+\.\w+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressPattern();
}
