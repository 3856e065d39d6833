namespace TranslationReview.Core.Checks.Segments;

/// <summary>A stretch of target text written wholly in another alphabet (the source's), from its first word to its last.</summary>
/// <param name="Start">UTF-16 offset of the first word.</param>
/// <param name="Length">Length up to the end of the last word.</param>
/// <param name="Letters">How many letters the run's words have.</param>
internal sealed record ForeignRun(int Start, int Length, int Letters)
{
    private const string Openers = "(«\"“„'‘‹[";
    private const string Closers = ")»\"”“'’›]";

    /// <summary>
    /// The runs of words whose letters are all in <paramref name="alphabet"/> (the source's); a word in any other
    /// alphabet, or mixing alphabets, breaks a run.
    /// </summary>
    public static IReadOnlyList<ForeignRun> Find(string text, LetterScript alphabet)
    {
        var runs = new List<ForeignRun>();
        int start = -1, end = -1, letters = 0;
        var position = 0;
        while (position < text.Length)
        {
            if (!char.IsLetterOrDigit(text[position]))
            {
                position++;
                continue;
            }

            // One word: letters, digits, and apostrophes or hyphens between them.
            var wordStart = position;
            int foreign = 0, other = 0;
            while (position < text.Length && (char.IsLetterOrDigit(text[position]) || IsJoiner(text, position)))
            {
                var script = LetterScripts.Of(text[position]);
                foreign += script == alphabet ? 1 : 0;
                other += script != alphabet && script != LetterScript.Other ? 1 : 0;
                position++;
            }

            if (foreign > 0 && other == 0)
            {
                start = start < 0 ? wordStart : start;
                end = position;
                letters += foreign;
            }
            else if (other > 0)
            {
                Close();
            }
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

    private static bool IsJoiner(string text, int position) =>
        text[position] is '\'' or '’' or 'ʼ' or '-' && position + 1 < text.Length && char.IsLetterOrDigit(text[position + 1]);
}
