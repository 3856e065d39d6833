using TranslationReview.Core.Diffing;

namespace TranslationReview.Core.Checks.Segments;

/// <summary>A stretch of target text written wholly in another alphabet (the source's), from its first word to its last.</summary>
/// <param name="Start">UTF-16 offset of the first word.</param>
/// <param name="Length">Length up to the end of the last word.</param>
/// <param name="Letters">How many letters the run's words have.</param>
internal sealed record ForeignRun(int Start, int Length, int Letters)
{
    private const string Openers = "(«\"“„'‘‹[";
    private const string Closers = ")»\"”“'’›]";

    /// <summary>The runs of words whose letters are all in <paramref name="script"/>; words mixing alphabets break a run.</summary>
    public static IReadOnlyList<ForeignRun> Find(string text, LetterScript script)
    {
        var runs = new List<ForeignRun>();
        int start = -1, end = -1, letters = 0;
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            if (token.Kind != TextTokenKind.Word)
            {
                continue;
            }

            var scripts = token.Text.Select(LetterScripts.Of).Where(s => s != LetterScript.Other).Distinct().ToList();
            if (scripts.Count == 0)
            {
                continue;
            }

            if (scripts is [var only] && only == script)
            {
                start = start < 0 ? token.Start : start;
                end = token.Start + token.Text.Length;
                letters += token.Text.Count(char.IsLetter);
                continue;
            }

            Close();
        }

        Close();
        return runs;

        void Close()
        {
            // A lone letter is more often a stray key or a look-alike than untranslated text.
            if (start >= 0 && letters >= 2)
            {
                runs.Add(new ForeignRun(start, end - start, letters));
            }

            start = -1;
            letters = 0;
        }
    }

    /// <summary>True when brackets or quotation marks enclose the run, as around a gloss of the original wording.</summary>
    public bool IsEnclosed(string text)
    {
        var before = Start - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        var after = Start + Length;
        while (after < text.Length && (char.IsWhiteSpace(text[after]) || text[after] is '.' or ','))
        {
            after++;
        }

        return before >= 0 && after < text.Length && Openers.Contains(text[before], StringComparison.Ordinal)
            && Closers.Contains(text[after], StringComparison.Ordinal);
    }
}
