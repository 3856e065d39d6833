using System.Globalization;

namespace TranslationReview.Core.Segmentation;

/// <summary>A small parser of .NET pattern syntax into <see cref="PatternItem"/>s, enough for boundary analysis.</summary>
internal static class PatternItems
{
    /// <summary>The alternatives of <c>pattern[start..end]</c>, or null when a construct is not understood.</summary>
    public static List<List<PatternItem>>? Parse(string pattern, int start, int end)
    {
        var alternatives = new List<List<PatternItem>> { new() };
        var i = start;
        while (i < end)
        {
            var c = pattern[i];
            PatternItem? item;
            int next;
            switch (c)
            {
                case '|':
                    alternatives.Add([]);
                    i++;
                    continue;
                case '^' or '$':
                    item = new PatternItem(null, null, true, 1);
                    next = i + 1;
                    break;
                case '.':
                    return null;
                case '(':
                    (item, next) = ParseGroup(pattern, i, end);
                    break;
                case '[':
                    next = ClassEnd(pattern, i, end) + 1;
                    item = new PatternItem(pattern[i..next], null, false, 1);
                    break;
                case '\\':
                    (item, next) = ParseEscape(pattern, i, end);
                    break;
                case '*' or '+' or '?' or '{' or ')':
                    return null;
                default:
                    item = new PatternItem(char.IsLetterOrDigit(c) || c > 127 ? c.ToString() : "\\" + c, null, false, 1);
                    next = i + 1;
                    break;
            }

            if (item is null)
            {
                return null;
            }

            (var min, i) = ReadQuantifier(pattern, next, end);
            alternatives[^1].Add(item.IsZeroWidth ? item : item with { MinCount = min });
        }

        return alternatives;
    }

    private static (PatternItem? Item, int Next) ParseGroup(string pattern, int open, int end)
    {
        var close = GroupEnd(pattern, open, end);
        var rest = pattern.AsSpan(open + 1, close - open - 1);
        if (rest.StartsWith("?=") || rest.StartsWith("?!") || rest.StartsWith("?<=") || rest.StartsWith("?<!"))
        {
            return (new PatternItem(null, null, true, 1), close + 1);
        }

        var contentStart = open + 1;
        if (rest.StartsWith("?:") || rest.StartsWith("?>"))
        {
            contentStart += 2;
        }
        else if (rest.StartsWith("?<") && rest.IndexOf('>') is var nameEnd and > 0)
        {
            contentStart += nameEnd + 1;
        }
        else if (rest.StartsWith("?"))
        {
            return (null, close + 1);
        }

        var group = Parse(pattern, contentStart, close);
        return (group is null ? null : new PatternItem(null, group, false, 1), close + 1);
    }

    private static (PatternItem? Item, int Next) ParseEscape(string pattern, int at, int end)
    {
        if (at + 1 >= end)
        {
            throw new FormatException("lone backslash");
        }

        var kind = pattern[at + 1];
        switch (kind)
        {
            case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                return (new PatternItem(null, null, true, 1), at + 2);
            case 'p' or 'P':
                var close = pattern.IndexOf('}', at);
                return close < 0 || close >= end ? throw new FormatException("open property") : (Atom(pattern[at..(close + 1)]), close + 1);
            case 'u':
                return (Atom(pattern.Substring(at, 6)), at + 6);
            case 'x':
                return (Atom(pattern.Substring(at, 4)), at + 4);
            case 'c':
                return (Atom(pattern.Substring(at, 3)), at + 3);
            case 'k':
                return (null, at + 2);
            default:
                return char.IsDigit(kind) ? (null, at + 2) : (Atom(pattern.Substring(at, 2)), at + 2);
        }
    }

    private static PatternItem Atom(string text) => new(text, null, false, 1);

    private static (int Min, int Next) ReadQuantifier(string pattern, int i, int end)
    {
        if (i >= end)
        {
            return (1, i);
        }

        var min = 1;
        var next = i;
        switch (pattern[i])
        {
            case '*' or '?':
                (min, next) = (0, i + 1);
                break;
            case '+':
                next = i + 1;
                break;
            case '{':
                var close = pattern.IndexOf('}', i);
                var bounds = pattern[(i + 1)..close].Split(',');
                (min, next) = (int.Parse(bounds[0], CultureInfo.InvariantCulture), close + 1);
                break;
            default:
                return (1, i);
        }

        // Lazy marker.
        return (min, next < end && pattern[next] == '?' ? next + 1 : next);
    }

    private static int ClassEnd(string pattern, int open, int end)
    {
        var i = open + 1;
        if (i < end && pattern[i] == '^')
        {
            i++;
        }

        if (i < end && pattern[i] == ']')
        {
            i++;
        }

        for (; i < end; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    // Subtraction: -[...]
                    i = ClassEnd(pattern, i, end);
                    break;
                case ']':
                    return i;
            }
        }

        throw new FormatException("open class");
    }

    private static int GroupEnd(string pattern, int open, int end)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = ClassEnd(pattern, i, end);
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when --depth == 0:
                    return i;
            }
        }

        throw new FormatException("open group");
    }
}
