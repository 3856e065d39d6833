namespace TranslationReview.Core.Names;

/// <summary>
/// Finds proper names in Russian or Ukrainian text: runs of capitalized words (with initials) that are not capitalized
/// only because a sentence starts there, and lower-case adjectives of known Ukrainian places (киевского, харківський).
/// A sentence-initial word counts when it looks like a name: a known place, given name or established name, a typical
/// surname ending (-енко, -чук, -ський, -ов...), or another capitalized word follows it.
/// </summary>
public static class SourceNameFinder
{
    private static readonly string[] SurnameEndings =
    [
        "енко", "чук", "щук", "ишин", "ський", "цький", "зький", "ская", "ська", "ский", "цкий", "ова", "ева", "ина", "ович",
        "евич",
    ];

    /// <summary>The names in <paramref name="text"/> in order.</summary>
    public static IReadOnlyList<SourceName> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenize(text);
        var names = new List<SourceName>();
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (!token.Capitalized && !token.Initial)
            {
                if (token.End - token.Start > 3 && NameTables.Default.Place(NameKeys.Key(text.AsSpan(token.Start, token.End - token.Start))) is not null)
                {
                    names.Add(Name(text, [token]));
                }

                i++;
                continue;
            }

            var run = new List<Token> { token };
            while (i + run.Count < tokens.Count && (tokens[i + run.Count].Capitalized || tokens[i + run.Count].Initial)
                && OnlySpaceBetween(text, run[^1].End + (run[^1].Initial ? 1 : 0), tokens[i + run.Count].Start))
            {
                run.Add(tokens[i + run.Count]);
            }

            i += run.Count;
            while (run.Count > 0 && run[^1].Initial)
            {
                run.RemoveAt(run.Count - 1);
            }

            if (run.Count == 0)
            {
                continue;
            }

            if (SentenceInitial(text, run[0].Start) && !run[0].Initial && !LooksLikeName(run[0].Text(text)))
            {
                var rest = run.Skip(1).ToList();
                var keepWhole = rest.Count > 0 && NameTables.Default.Place(NameKeys.KeyOfPhrase(string.Join(' ', run.Select(t => t.Text(text))))) is not null;
                if (!keepWhole)
                {
                    if (rest.Count == 0 || !rest.Any(t => !t.Initial))
                    {
                        continue;
                    }

                    run = rest;
                }
            }

            names.Add(Name(text, run));
        }

        return names;
    }

    /// <summary>True when the word looks like a name even at the start of a sentence.</summary>
    internal static bool LooksLikeName(string word)
    {
        var key = NameKeys.Key(word);
        if (NameTables.Default.Place(key) is not null || NameTables.Default.GivenName(key) is not null
            || NameTables.Default.Established(key).Count > 0)
        {
            return true;
        }

        var lower = NameKeys.Normalize(word);
        return lower.Length > 4 && SurnameEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal));
    }

    private static SourceName Name(string text, List<Token> run)
    {
        var start = run[0].Start;
        var end = run[^1].End;
        var words = run.Where(t => !t.Initial).Select(t => new SourceNameWord(t.Start, t.End - t.Start, t.Text(text), NameKeys.Key(text.AsSpan(t.Start, t.End - t.Start)))).ToList();
        return new SourceName(start, end - start, text[start..end], words);
    }

    private static bool OnlySpaceBetween(string text, int from, int to) =>
        to - from is >= 1 and <= 2 && text.AsSpan(from, to - from).IsWhiteSpace();

    private static bool SentenceInitial(string text, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch) || ch is '«' or '"' or '“' or '„' or '(' or '—' or '–' or '-' or '\'' or '‘')
            {
                continue;
            }

            return ch is '.' or '!' or '?' or '…' or ':' or ';';
        }

        return true;
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (!CyrillicTransliterator.IsCyrillic(text[i]) || !char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (char.IsLetter(text[end])
                || ((text[end] == '-' || CyrillicTransliterator.IsApostrophe(text[end])) && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
            {
                end++;
            }

            var word = text.AsSpan(i, end - i);
            var initial = word.Length == 1 && char.IsUpper(word[0]) && end < text.Length && text[end] == '.';
            tokens.Add(new Token(i, end, !AllCaps(word) && !initial && char.IsUpper(word[0]), initial));
            i = end;
        }

        return tokens;
    }

    // More than one letter, all of them upper case (NATO, ОДКБ).
    private static bool AllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var ch in word)
        {
            if (char.IsLetter(ch))
            {
                if (!char.IsUpper(ch))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 1;
    }

    private readonly record struct Token(int Start, int End, bool Capitalized, bool Initial)
    {
        public string Text(string text) => text[Start..End];
    }
}
