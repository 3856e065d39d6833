using System.Text;
using System.Text.RegularExpressions;

namespace TranslationReview.Core.Alignment;

/// <summary>
/// What the aligner reads in one sentence: its length, its lower-case words, its numbers and the punctuation
/// that tends to survive translation (question and exclamation marks, colons, quotes, parentheses).
/// </summary>
internal sealed partial class SentenceTokens
{
    private SentenceTokens(int length, string[] words, string[] numbers, char[] marks)
    {
        Length = length;
        Words = words;
        Numbers = numbers;
        Marks = marks;
    }

    /// <summary>Characters other than white space.</summary>
    public int Length { get; }

    /// <summary>Lower-case words in order.</summary>
    public string[] Words { get; }

    /// <summary>Digit runs in order.</summary>
    public string[] Numbers { get; }

    /// <summary>Punctuation that carries over between languages, quotes folded to <c>"</c>.</summary>
    public char[] Marks { get; }

    public static SentenceTokens Read(string sentence)
    {
        var words = new List<string>();
        var numbers = new List<string>();
        var marks = new List<char>();
        var length = 0;
        var run = new StringBuilder();
        var runIsDigits = false;

        var text = sentence.AsSpan().IndexOfAnyInRange('0', '9') >= 0 ? DigitGroupSeparator().Replace(sentence, string.Empty) : sentence;
        foreach (var ch in text)
        {
            var isDigit = char.IsAsciiDigit(ch);
            var isWordChar = char.IsLetter(ch) || char.GetUnicodeCategory(ch) is System.Globalization.UnicodeCategory.NonSpacingMark;
            if (run.Length > 0 && !(isDigit && runIsDigits) && !(isWordChar && !runIsDigits))
            {
                Flush();
            }

            if (isDigit || isWordChar)
            {
                runIsDigits = isDigit;
                run.Append(isDigit ? ch : char.ToLowerInvariant(ch));
            }
            else if (Mark(ch) is { } mark)
            {
                marks.Add(mark);
            }

            if (!char.IsWhiteSpace(ch))
            {
                length++;
            }
        }

        Flush();
        return new SentenceTokens(length, [.. words], [.. numbers], [.. marks]);

        void Flush()
        {
            if (run.Length > 0)
            {
                (runIsDigits ? numbers : words).Add(run.ToString());
                run.Clear();
            }
        }
    }

    // "5,300", "5.300", "5 300" and "5300" are one number; languages only differ in how they group digits.
    [GeneratedRegex(@"(?<=\d)[,.'\u00A0\u202F ](?=\d{3}(?!\d))")]
    private static partial Regex DigitGroupSeparator();

    private static char? Mark(char ch) => ch switch
    {
        '?' or '¿' or '？' => '?',
        '!' or '¡' or '！' => '!',
        ':' or '：' => ':',
        ';' => ';',
        '(' or ')' or '[' or ']' => '(',
        '"' or '«' or '»' or '„' or '“' or '”' or '‹' or '›' or '‚' or '‘' => '"',
        '%' => '%',
        '§' => '§',
        _ => null,
    };
}
