namespace TranslationReview.Core.Metrics;

/// <summary>
/// A metric's result over line-aligned hypotheses and references, on the 0–100 scale researchers report.
/// </summary>
/// <param name="Corpus">The corpus-level score (computed from summed statistics, not an average of segment scores).</param>
/// <param name="Segments">One sentence-level score per hypothesis–reference pair, in input order.</param>
public sealed record MetricScore(double Corpus, IReadOnlyList<double> Segments);
