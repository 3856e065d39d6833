using System.Globalization;

namespace TranslationReview.Core.Checks.Numbers;

/// <summary>
/// Finds the numbers in a text the way its language writes them: 1 000 000 with spaces or no-break spaces, 3,5 with a
/// decimal comma in Russian and Ukrainian, 1,000,000 and 3.5 in English, scale words (84 млн, 30 мільйонів, 84 million,
/// 5bn), percentages, ordinals (2-й, 2nd), ranges (2022–2023, 2022–23), and numbers written as words (two, трьох).
/// </summary>
internal static class NumberReader
{
    /// <summary>The numbers of <paramref name="text"/> outside the <paramref name="excluded"/> stretches (dates), in order.</summary>
    public static IReadOnlyList<NumberMention> Find(string text, string languageTag, IReadOnlyList<(int Start, int End)> excluded)
    {
        var mentions = new List<NumberMention>();
        var decimalComma = NumberConventions.UsesDecimalComma(languageTag);
        var language = NumberConventions.Language(languageTag);
        var position = 0;
        var nextExcluded = 0;
        while (position < text.Length)
        {
            while (nextExcluded < excluded.Count && excluded[nextExcluded].End <= position)
            {
                nextExcluded++;
            }

            if (nextExcluded < excluded.Count && excluded[nextExcluded].Start <= position)
            {
                position = excluded[nextExcluded].End;
                continue;
            }

            var c = text[position];
            if (char.IsAsciiDigit(c))
            {
                var mention = ReadDigits(text, position, decimalComma, mentions.LastOrDefault());
                mentions.Add(mention);
                position = Math.Max(mention.End, position + 1);
            }
            else if (char.IsLetter(c) && (position == 0 || !char.IsLetterOrDigit(text[position - 1])))
            {
                var end = WordEnd(text, position);
                if (ReadWord(text, position, end, language) is { } word)
                {
                    mentions.Add(word);
                    end = word.End;
                }

                position = end;
            }
            else
            {
                position++;
            }
        }

        return mentions;
    }

    private static NumberMention ReadDigits(string text, int start, bool decimalComma, NumberMention? previous)
    {
        var end = DigitsEnd(text, start);
        var integer = text[start..end];
        if (ReadTime(text, start, end) is { } time)
        {
            return time;
        }

        var spaceGrouped = false;
        // 1 000 000: groups of exactly three digits after a first group of one to three.
        while (end + 4 <= text.Length
            && text[end] is ' ' or '\u00A0' or '\u202F' or '\u2009'
            && DigitsEnd(text, end + 1) == end + 4 && (spaceGrouped || integer.Length <= 3))
        {
            integer += text.Substring(end + 1, 3);
            end += 4;
            spaceGrouped = true;
        }

        var groups = new List<(char Mark, string Digits)>();
        while (end + 1 < text.Length && text[end] is '.' or ',' && char.IsAsciiDigit(text[end + 1]))
        {
            var groupEnd = DigitsEnd(text, end + 1);
            groups.Add((text[end], text[(end + 1)..groupEnd]));
            end = groupEnd;
        }

        var kind = IsInCode(text, start) ? NumberMentionKind.Code : NumberMentionKind.Digits;
        var (values, foreignMark) = Interpret(integer, groups, spaceGrouped, decimalComma, ref kind);
        if (kind == NumberMentionKind.Digits && groups.Count == 0 && integer.Length == 2 && previous is { Kind: NumberMentionKind.Digits }
            && IsRangeAfterYear(text, start, previous))
        {
            // 2022–23: the second year of a range written with two digits.
            values = [.. values, (previous.Values[0] - (previous.Values[0] % 100)) + values[0]];
        }

        var mention = new NumberMention(start, end - start, values, kind) { ForeignDecimalMark = foreignMark };
        if (kind == NumberMentionKind.Digits && NumberScales.Read(text, end) is { } scale)
        {
            mention = mention with { Length = scale.End - start, Values = [.. values.Select(v => v * scale.Scale)], Scale = scale.Scale, ScaleWord = scale.Word };
        }

        var percent = mention.End < text.Length && text[mention.End] == '%' ? 1
            : mention.End + 1 < text.Length && text[mention.End] is ' ' or '\u00A0' && text[mention.End + 1] == '%' ? 2 : 0;
        return mention with { Length = mention.Length + percent };
    }

    /// <summary>
    /// 10:30 as one number, 10.30, so that it answers the 10.30 a Russian or British text writes; a score such as 3:1
    /// stays two numbers.
    /// </summary>
    private static NumberMention? ReadTime(string text, int start, int end)
    {
        if (end - start > 2 || end + 3 > text.Length || text[end] != ':' || DigitsEnd(text, end + 1) != end + 3)
        {
            return null;
        }

        var hours = Parse(text[start..end]);
        var minutes = Parse(text.Substring(end + 1, 2));
        return hours <= 24 && minutes <= 59 ? new NumberMention(start, end + 3 - start, [hours + (minutes / 100)], NumberMentionKind.Digits) { IsTime = true } : null;
    }

    private static (IReadOnlyList<decimal> Values, bool ForeignMark) Interpret(
        string integer, List<(char Mark, string Digits)> groups, bool spaceGrouped, bool decimalComma, ref NumberMentionKind kind)
    {
        if (integer.Length + groups.Sum(g => g.Digits.Length) > 24)
        {
            kind = NumberMentionKind.Code;
            return ([0], false);
        }

        if (groups.Count == 0)
        {
            return ([Parse(integer)], false);
        }

        if (groups.Count == 1)
        {
            var (mark, digits) = groups[0];
            var asDecimal = Parse(integer, digits);
            var asThousands = Parse(integer + digits);
            var isDecimalMark = (mark == ',') == decimalComma;
            if (isDecimalMark)
            {
                return (spaceGrouped || digits.Length != 3 ? [asDecimal] : [asDecimal, asThousands], false);
            }

            // The other language's mark: a thousands separator before exactly three digits, else a foreign decimal mark.
            return !spaceGrouped && digits.Length == 3 ? ([asThousands], false) : ([asDecimal, asThousands], true);
        }

        var marks = groups.Select(g => g.Mark).ToList();
        if (marks.Distinct().Count() == 1 && groups.All(g => g.Digits.Length == 3))
        {
            return ([Parse(integer + string.Concat(groups.Select(g => g.Digits)))], false);
        }

        if (marks.Take(marks.Count - 1).All(m => m == marks[0]) && marks[^1] != marks[0] && groups.SkipLast(1).All(g => g.Digits.Length == 3))
        {
            // 1,234.56 or 1.234,56: the last mark is the decimal one.
            return ([Parse(integer + string.Concat(groups.SkipLast(1).Select(g => g.Digits)), groups[^1].Digits)], false);
        }

        // A version number or an address (1.2.3, 10.0.0.1): not a quantity.
        kind = NumberMentionKind.Code;
        return ([Parse(integer)], false);
    }

    private static NumberMention? ReadWord(string text, int start, int end, string language)
    {
        var word = text.AsSpan(start, end - start);
        var value = NumberWords.ValueOf(word, language);
        var article = word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase);
        if (value is null && !article)
        {
            return null;
        }

        var scale = NumberScales.Read(text, end);
        if (value is null && scale is not null && scale.Value.Word.Length > 1)
        {
            value = 1;
        }

        if (value is null)
        {
            return null;
        }

        return scale is { } s && s.Word.Length > 1 && s.End > end + 1
            ? new NumberMention(start, s.End - start, [value.Value * s.Scale], NumberMentionKind.Word) { Scale = s.Scale, ScaleWord = s.Word }
            : new NumberMention(start, end - start, [value.Value], NumberMentionKind.Word);
    }

    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsLetter(text[end])
            || (text[end] is '\'' or '’' or 'ʼ' or '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]) && end > start)))
        {
            end++;
        }

        return end;
    }

    private static bool IsInCode(string text, int start) =>
        start > 0 && (char.IsLetter(text[start - 1])
            || (text[start - 1] is '-' or '‑' && start > 1 && char.IsLetter(text[start - 2])));

    private static bool IsRangeAfterYear(string text, int start, NumberMention previous)
    {
        var between = text[previous.End..start];
        return previous.Length == 4 && previous.Values[0] is >= 1000 and <= 2999 && between.Trim() is "-" or "–" or "—" or "/";
    }

    private static int DigitsEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end;
    }

    private static decimal Parse(string integer, string? fraction = null) =>
        decimal.Parse(fraction is null ? integer : integer + "." + fraction, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
