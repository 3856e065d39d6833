using TranslationReview.Core.Diffing;

namespace TranslationReview.Core.Metrics;

/// <summary>
/// Measures post-editing effort as a reviewer reads it: how many segments were changed and which share of the base
/// translation's words survived unchanged. A word survives when the word diff (<see cref="ITextDiffer"/>) keeps it as
/// an equal run; a word with a corrected letter counts as changed.
/// </summary>
public sealed class PostEditEffort
{
    private readonly ITextDiffer _differ;

    /// <summary>Creates the measure over <paramref name="differ"/>, which must diff at <see cref="WordTokenizer"/> tokens.</summary>
    public PostEditEffort(ITextDiffer differ) => _differ = differ ?? throw new ArgumentNullException(nameof(differ));

    /// <summary>Creates the measure over a word-level <see cref="TextDiffer"/> (letter detail is not needed here).</summary>
    public PostEditEffort()
        : this(new TextDiffer(characterDetail: false))
    {
    }

    /// <summary>Compares each base text with the final text on the same index.</summary>
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    public PostEditSummary Measure(IReadOnlyList<string> bases, IReadOnlyList<string> finals)
    {
        ArgumentNullException.ThrowIfNull(bases);
        ArgumentNullException.ThrowIfNull(finals);
        if (bases.Count != finals.Count)
        {
            throw new ArgumentException($"There are {bases.Count} base texts but {finals.Count} final texts; they must pair up.", nameof(finals));
        }

        int changed = 0, words = 0, survived = 0;
        for (var i = 0; i < bases.Count; i++)
        {
            var (segmentWords, segmentSurvived) = Survival(bases[i], finals[i]);
            words += segmentWords;
            survived += segmentSurvived;
            changed += string.Equals(bases[i], finals[i], StringComparison.Ordinal) ? 0 : 1;
        }

        return new PostEditSummary(bases.Count, changed, words, survived);
    }

    /// <summary>The base's words and how many of them the diff keeps.</summary>
    public (int Words, int Survived) Survival(string baseText, string finalText)
    {
        ArgumentNullException.ThrowIfNull(baseText);
        ArgumentNullException.ThrowIfNull(finalText);
        var tokens = WordTokenizer.Tokenize(baseText);
        var words = tokens.Count(t => t.Kind == TextTokenKind.Word);
        if (string.Equals(baseText, finalText, StringComparison.Ordinal))
        {
            return (words, words);
        }

        var survived = 0;
        var t = 0;
        foreach (var span in _differ.Diff(baseText, finalText).Spans)
        {
            if (span.Kind != DiffOperation.Equal)
            {
                continue;
            }

            var end = span.OldStart + span.Text.Length;
            while (t < tokens.Count && tokens[t].Start < span.OldStart)
            {
                t++;
            }

            for (; t < tokens.Count && tokens[t].End <= end; t++)
            {
                survived += tokens[t].Kind == TextTokenKind.Word ? 1 : 0;
            }
        }

        return (words, survived);
    }
}
