using System.Buffers;
using System.Globalization;
using System.Text;

namespace TranslationReview.Core.Diffing;

/// <summary>
/// Splits text into words, white-space runs and single punctuation characters, following the word boundaries of
/// Unicode UAX #29 closely enough for diffing translations: Cyrillic, Greek and accented Latin words stay whole,
/// an apostrophe between letters stays inside the word (<c>пам'ять</c>, <c>памʼять</c>, <c>l'Élysée</c>,
/// <c>don’t</c>), separators between digits stay inside the number (<c>30.09.2022</c>, <c>1,250</c>), and every
/// punctuation mark (<c>«</c>, <c>»</c>, <c>—</c>) is a token of its own. Han and kana characters are one token
/// each, as they carry no spaces. The tokens always concatenate back to the input.
/// </summary>
public static class WordTokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    public static IReadOnlyList<TextToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<TextToken>(text.Length / 4 + 1);
        var position = 0;
        while (position < text.Length)
        {
            var (kind, end) = NextToken(text, position);
            tokens.Add(new TextToken(kind, position, text[position..end]));
            position = end;
        }

        return tokens;
    }

    /// <summary>The kind and end of the token that starts at <paramref name="start"/>.</summary>
    internal static (TextTokenKind Kind, int End) NextToken(string text, int start)
    {
        var first = Classify(text, start, out var width);
        var end = start + width;
        switch (first)
        {
            case CharClass.Space:
                while (end < text.Length && Classify(text, end, out width) == CharClass.Space)
                {
                    end += width;
                }

                return (TextTokenKind.Whitespace, end);
            case CharClass.Letter or CharClass.Digit or CharClass.Connector:
                return (TextTokenKind.Word, WordEnd(text, end, first));
            case CharClass.Ideograph:
                return (TextTokenKind.Word, SkipExtenders(text, end));
            default:
                // A combining mark after a space or a symbol belongs to it rather than starting a word.
                return (TextTokenKind.Punctuation, SkipExtenders(text, end));
        }
    }

    private static int WordEnd(string text, int end, CharClass last)
    {
        while (end < text.Length)
        {
            var current = Classify(text, end, out var width);
            if (current is CharClass.Letter or CharClass.Digit or CharClass.Connector)
            {
                last = current;
                end += width;
            }
            else if (current == CharClass.Extend)
            {
                end += width;
            }
            else if (current is CharClass.MidLetter or CharClass.MidNumber or CharClass.MidBoth
                && end + width < text.Length
                && JoinsAcross(last, current, Classify(text, end + width, out var nextWidth)))
            {
                // UAX #29 WB6/WB7 and WB11/WB12: a separator joins only between two letters or two digits.
                end += width + nextWidth;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static bool JoinsAcross(CharClass before, CharClass separator, CharClass after) => separator switch
    {
        CharClass.MidLetter => before == CharClass.Letter && after == CharClass.Letter,
        CharClass.MidNumber => before == CharClass.Digit && after == CharClass.Digit,
        _ => (before == CharClass.Letter && after == CharClass.Letter) || (before == CharClass.Digit && after == CharClass.Digit),
    };

    private static int SkipExtenders(string text, int end)
    {
        while (end < text.Length && Classify(text, end, out var width) == CharClass.Extend)
        {
            end += width;
        }

        return end;
    }

    private static CharClass Classify(string text, int index, out int width)
    {
        var c = text[index];
        if (c < 0x80)
        {
            width = 1;
            return c switch
            {
                >= 'a' and <= 'z' or >= 'A' and <= 'Z' => CharClass.Letter,
                >= '0' and <= '9' => CharClass.Digit,
                ' ' or '\t' or '\n' or '\r' or '\v' or '\f' => CharClass.Space,
                '\'' or '.' => CharClass.MidBoth,
                ':' => CharClass.MidLetter,
                ',' or ';' => CharClass.MidNumber,
                '_' => CharClass.Connector,
                _ => CharClass.Other,
            };
        }

        if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out width) != OperationStatus.Done)
        {
            width = 1;
            return CharClass.Other;
        }

        return Classify(rune);
    }

    private static CharClass Classify(Rune rune)
    {
        var value = rune.Value;
        switch (value)
        {
            case 0x2019 or 0x2018 or 0xFF07 or 0x2024 or 0xFE52 or 0xFF0E:
                return CharClass.MidBoth; // right single quotation mark (typographic apostrophe), one dot leader
            case 0x00B7 or 0x0387 or 0x05F4 or 0x2027 or 0xFE13 or 0xFE55 or 0xFF1A:
                return CharClass.MidLetter;
            case 0x066C or 0xFE50 or 0xFE54 or 0xFF0C or 0xFF1B or 0x037E or 0x0589 or 0x060C or 0x060D or 0x07F8 or 0x2044:
                return CharClass.MidNumber;
            case 0x200D or 0x00AD or 0x200C:
                return CharClass.Extend; // joiners and the soft hyphen never split a word
            case >= 0x3040 and <= 0x309F or >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF
                or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3FFFF:
                return CharClass.Ideograph;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => CharClass.Letter,
            UnicodeCategory.DecimalDigitNumber => CharClass.Digit,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.Format => CharClass.Extend,
            UnicodeCategory.ConnectorPunctuation => CharClass.Connector,
            UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => CharClass.Space,
            _ when Rune.IsWhiteSpace(rune) => CharClass.Space,
            _ => CharClass.Other,
        };
    }

    private enum CharClass
    {
        Other,
        Letter,
        Digit,
        Connector,
        Extend,
        Space,
        MidLetter,
        MidNumber,
        MidBoth,
        Ideograph,
    }
}
