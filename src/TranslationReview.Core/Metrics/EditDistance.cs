namespace TranslationReview.Core.Metrics;

/// <summary>
/// Character-level Levenshtein distance (insertions, deletions and substitutions of Unicode code points, each
/// costing 1; case and whitespace count) and the similarity derived from it:
/// similarity = 100 × (1 − distance / length of the longer text), 100 for two empty texts. The corpus similarity
/// is 100 × (1 − Σ distances / Σ longer lengths), so long segments weigh more than short ones.
/// </summary>
public sealed class EditDistance : ITranslationMetric
{
    /// <inheritdoc/>
    public string Id => "edit";

    /// <inheritdoc/>
    public bool HigherIsBetter => true;

    /// <inheritdoc/>
    public MetricScore Score(IReadOnlyList<string> hypotheses, IReadOnlyList<string> references)
    {
        MetricText.RequireSameCount(hypotheses, references);
        long totalDistance = 0, totalLength = 0;
        var segments = new double[hypotheses.Count];
        for (var i = 0; i < segments.Length; i++)
        {
            var (distance, longer) = Measure(hypotheses[i], references[i]);
            segments[i] = Similarity(distance, longer);
            totalDistance += distance;
            totalLength += longer;
        }

        return new MetricScore(Similarity(totalDistance, totalLength), segments);
    }

    /// <summary>The number of code-point insertions, deletions and substitutions turning one text into the other.</summary>
    public static int Distance(string first, string second) => Measure(first, second).Distance;

    /// <summary>100 × (1 − distance / longer length): 100 for identical texts, 0 when nothing is shared.</summary>
    public static double Similarity(string first, string second)
    {
        var (distance, longer) = Measure(first, second);
        return Similarity(distance, longer);
    }

    private static double Similarity(long distance, long longer) => longer == 0 ? 100.0 : 100.0 * (1 - ((double)distance / longer));

    private static (int Distance, int Longer) Measure(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = MetricText.CodePoints(first, removeWhitespace: false);
        var b = MetricText.CodePoints(second, removeWhitespace: false);
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(above + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return (row[b.Length], Math.Max(a.Length, b.Length));
    }
}
