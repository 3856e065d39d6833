using TranslationReview.Core.Checks;
using TranslationReview.Core.Diffing;

namespace TranslationReview.Core.Scoring;

/// <summary>MQM arithmetic: severity multipliers neutral 0, minor 1, major 5, critical 25, scored per evaluated word.</summary>
public static class MqmScoring
{
    /// <summary>The penalty points one error of the severity costs.</summary>
    public static int Multiplier(Severity severity) => severity switch
    {
        Severity.Neutral => 0,
        Severity.Minor => 1,
        Severity.Major => 5,
        Severity.Critical => 25,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };

    /// <summary>Scores errors against an evaluated word count.</summary>
    public static MqmScore Score(IEnumerable<MqmError> errors, int words)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentOutOfRangeException.ThrowIfNegative(words);
        var counts = new Dictionary<(IssueCategory, Severity), int>();
        var penalty = 0;
        foreach (var error in errors)
        {
            counts[(error.Category, error.Severity)] = counts.GetValueOrDefault((error.Category, error.Severity)) + 1;
            penalty += Multiplier(error.Severity);
        }

        return new MqmScore(words, penalty, counts);
    }

    /// <summary>The evaluated words of a text: its word tokens, as the differ splits them (punctuation does not count).</summary>
    public static int CountWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WordTokenizer.Tokenize(text).Count(t => t.Kind == TextTokenKind.Word);
    }
}
