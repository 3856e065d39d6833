namespace TranslationReview.Core.Metrics;

/// <summary>An automatic metric comparing one version of a text (hypothesis) with another (reference).</summary>
public interface ITranslationMetric
{
    /// <summary>Short identifier as typed on the command line, for example <c>chrf</c>.</summary>
    string Id { get; }

    /// <summary>True when a higher score means the versions are closer (chrF), false for error rates (TER).</summary>
    bool HigherIsBetter { get; }

    /// <summary>Scores each hypothesis against the reference on the same index, and the whole set.</summary>
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    MetricScore Score(IReadOnlyList<string> hypotheses, IReadOnlyList<string> references);
}
