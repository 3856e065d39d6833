using System.Globalization;
using TranslationReview.Core.Terminology.Stemming;

namespace TranslationReview.Core.Terminology;

/// <summary>
/// Finds the words term matching compares: runs of letters, digits and combining marks, with an apostrophe between
/// letters kept inside ("обʼїзд", "Zelensky's") and a trailing apostrophe after s kept for the English plural
/// possessive ("Forces'"). Hyphens, spaces and punctuation separate words and are otherwise ignored.
/// </summary>
internal static class TermTokenizer
{
    /// <summary>The start and length of every word of <paramref name="text"/>, in order.</summary>
    public static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>(text.Length / 6 + 1);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length)
            {
                if (IsWordChar(text[i]))
                {
                    i++;
                }
                else if (TermFolding.IsApostrophe(text[i]) && char.IsLetter(text[i - 1])
                    && ((i + 1 < text.Length && char.IsLetter(text[i + 1])) || text[i - 1] is 's' or 'S'))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            words.Add((start, i - start));
        }

        return words;
    }

    /// <summary>
    /// True for an acronym such as "NATO", "США", "DPRs" or "NATO's": two or more capitals and no other letter but a
    /// plural or possessive s. Acronyms in a glossary match only capitals, so "US" is not found in "us".
    /// </summary>
    public static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("s", StringComparison.Ordinal))
        {
            word = word[..^1];
            if (word.Length > 0 && TermFolding.IsApostrophe(word[^1]))
            {
                word = word[..^1];
            }
        }

        var capitals = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                capitals++;
            }
            else if (char.IsLetter(c))
            {
                return false;
            }
        }

        return capitals >= 2;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
