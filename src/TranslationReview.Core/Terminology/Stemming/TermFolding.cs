using System.Globalization;
using System.Text;

namespace TranslationReview.Core.Terminology.Stemming;

/// <summary>
/// Folds the differences term matching ignores: letter case (Unicode), ё/е, stress marks (the combining acute and
/// grave accents of dictionaries and textbooks: "Украи́на"), and the apostrophe variants (' ’ ʼ ` ′) that Ukrainian and
/// English texts use interchangeably.
/// </summary>
public static class TermFolding
{
    /// <summary>The apostrophe every variant folds to.</summary>
    public const char Apostrophe = '\'';

    /// <summary>True for the characters folded to <see cref="Apostrophe"/>.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '`' or '\u2032' or '\u02BB' or '\u2018';

    /// <summary>The folded form of one word.</summary>
    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var folded = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (!IsStressMark(c))
            {
                folded.Append(Fold(c));
            }
        }

        return folded.ToString();
    }

    /// <summary>True for the combining accents that mark stress in Russian and Ukrainian (U+0301, U+0300).</summary>
    public static bool IsStressMark(char c) => c is '\u0301' or '\u0300';

    /// <summary>The folded form of one character.</summary>
    public static char Fold(char c)
    {
        if (IsApostrophe(c))
        {
            return Apostrophe;
        }

        var lower = char.ToLower(c, CultureInfo.InvariantCulture);
        return lower == 'ё' ? 'е' : lower;
    }
}
