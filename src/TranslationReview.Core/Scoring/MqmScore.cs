using TranslationReview.Core.Checks;

namespace TranslationReview.Core.Scoring;

/// <summary>An MQM score of a segment or a document.</summary>
/// <param name="Words">The evaluated word count (words of the source).</param>
/// <param name="Penalty">The sum of the severity multipliers of the errors.</param>
/// <param name="Counts">How many errors there are of each category and severity; absent pairs are zero.</param>
public sealed record MqmScore(int Words, int Penalty, IReadOnlyDictionary<(IssueCategory Category, Severity Severity), int> Counts)
{
    /// <summary>The penalty per 1,000 evaluated words; 0 when there are no words.</summary>
    public double PenaltyPerThousandWords => Words == 0 ? 0 : Penalty * 1000.0 / Words;

    /// <summary>The quality score, 100 × (1 − penalty per word); it goes below zero when errors outweigh the words.</summary>
    public double Quality => Words == 0 ? (Penalty == 0 ? 100 : 0) : 100.0 * (1.0 - ((double)Penalty / Words));

    /// <summary>How many errors were counted, of any severity.</summary>
    public int ErrorCount => Counts.Values.Sum();

    /// <summary>True when the quality score reaches the project's pass threshold.</summary>
    public bool Passes(double threshold) => Quality >= threshold;
}
