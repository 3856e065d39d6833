using System.Globalization;
using System.Text;

namespace TranslationReview.Core.Names;

/// <summary>
/// The walk every scheme shares: text is cut into Cyrillic words (letters with apostrophes inside them), each word is
/// romanized letter by letter by the scheme, and the source's case is put back on the result.
/// </summary>
internal abstract class CyrillicTransliterator : ITransliterator
{
    public abstract string Language { get; }

    public abstract TransliterationScheme Scheme { get; }

    public string Transliterate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length + 8);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsCyrillic(text[i]))
            {
                output.Append(text[i]);
                i++;
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (IsCyrillic(text[end]) || (IsApostrophe(text[end]) && end + 1 < text.Length && IsCyrillic(text[end + 1]))))
            {
                end++;
            }

            AppendWord(text[i..end], output);
            i = end;
        }

        return output.ToString();
    }

    /// <summary>True for letters of the Cyrillic block.</summary>
    public static bool IsCyrillic(char ch) => ch is >= '\u0400' and <= '\u04FF';

    /// <summary>True for the characters Ukrainian writes its apostrophe with (', ʼ, ’).</summary>
    public static bool IsApostrophe(char ch) => ch is '\'' or '\u02BC' or '\u2019';

    /// <summary>
    /// The Latin letters for the letter at <paramref name="index"/> of the lower-case <paramref name="word"/>;
    /// <paramref name="consumed"/> says how many source letters they stand for (more than one for digraph rules).
    /// </summary>
    protected abstract string Letter(string word, int index, out int consumed);

    /// <summary>True for the vowels of Russian and Ukrainian, lower case.</summary>
    protected static bool IsVowel(char ch) => "аеёєиіїоуыэюя".Contains(ch, StringComparison.Ordinal);

    private void AppendWord(string word, StringBuilder output)
    {
        var letters = word.Count(char.IsLetter);
        var allCaps = letters > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
        var lower = word.ToLower(CultureInfo.InvariantCulture);
        var i = 0;
        while (i < lower.Length)
        {
            var chunk = Letter(lower, i, out var consumed);
            if (allCaps)
            {
                chunk = chunk.ToUpperInvariant();
            }
            else if (char.IsUpper(word[i]) && chunk.Length > 0)
            {
                chunk = char.ToUpperInvariant(chunk[0]) + chunk[1..];
            }

            output.Append(chunk);
            i += Math.Max(1, consumed);
        }
    }
}
