using System.Text.RegularExpressions;

namespace TranslationReview.Core.Alignment;

/// <summary>
/// What the aligner reads in one sentence: its length, its lower-case words, its numbers and the punctuation
/// that tends to survive translation (question and exclamation marks, colons, quotes, parentheses).
/// </summary>
internal sealed partial class SentenceTokens
{
    // Sentences up to this long gather their words on the stack.
    private const int StackRun = 256;

    private SentenceTokens(int length, int[] words, int[] numbers, char[] marks)
    {
        Length = length;
        Words = words;
        Numbers = numbers;
        Marks = marks;
    }

    /// <summary>Characters other than white space.</summary>
    public int Length { get; }

    /// <summary>Lower-case words in order, as <see cref="DocumentWords"/> ids.</summary>
    public int[] Words { get; }

    /// <summary>Digit runs in order without leading zeros, as <see cref="DocumentWords"/> ids.</summary>
    public int[] Numbers { get; }

    /// <summary>Punctuation that carries over between languages, quotes folded to <c>"</c>.</summary>
    public char[] Marks { get; }

    public static SentenceTokens Read(string sentence, DocumentWords vocabulary)
    {
        var words = new List<int>();
        var numbers = new List<int>();
        var marks = new List<char>();
        var length = 0;
        var runLength = 0;
        var runIsDigits = false;

        var text = sentence.AsSpan().IndexOfAnyInRange('0', '9') >= 0 ? DigitGroupSeparator().Replace(sentence, string.Empty) : sentence;
        var run = text.Length <= StackRun ? stackalloc char[StackRun] : new char[text.Length];
        foreach (var ch in text)
        {
            var isDigit = char.IsAsciiDigit(ch);
            var isWordChar = char.IsLetter(ch) || char.GetUnicodeCategory(ch) is System.Globalization.UnicodeCategory.NonSpacingMark;
            if (runLength > 0 && !(isDigit && runIsDigits) && !(isWordChar && !runIsDigits))
            {
                Flush(run);
            }

            if (isDigit || isWordChar)
            {
                runIsDigits = isDigit;
                run[runLength++] = isDigit ? ch : char.ToLowerInvariant(ch);
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

        Flush(run);
        return new SentenceTokens(length, [.. words], [.. numbers], [.. marks]);

        void Flush(Span<char> run)
        {
            if (runLength > 0)
            {
                if (runIsDigits)
                {
                    // "007" and "7" are one number.
                    numbers.Add(vocabulary.Intern(run[..runLength].TrimStart('0')));
                }
                else
                {
                    words.Add(vocabulary.Intern(run[..runLength]));
                }

                runLength = 0;
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
