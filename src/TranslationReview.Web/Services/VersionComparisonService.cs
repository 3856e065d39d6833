using TranslationReview.Core.Diffing;
using TranslationReview.Core.Metrics;
using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>
/// The versions panel's view of one segment: its versions, the diff and metrics of any two, where three or more
/// disagree, and making a version current (told to every open grid on the document).
/// </summary>
public sealed class VersionComparisonService
{
    private static readonly DisagreementAnalyzer Analyzer = new(TextDiffer.Default);
    private static readonly Ter TerMetric = new();
    private static readonly ChrF ChrFMetric = new();

    private readonly ComparisonStore _store;
    private readonly SegmentGridService _grid;

    public VersionComparisonService(ComparisonStore store, SegmentGridService grid)
    {
        _store = store;
        _grid = grid;
    }

    /// <summary>The segment with every version of its target, or null when it no longer exists.</summary>
    public async Task<SegmentComparison?> LoadAsync(long segmentId, CancellationToken cancellationToken)
    {
        var segment = await _store.GetSegmentAsync(segmentId, cancellationToken).ConfigureAwait(false);
        return segment is null ? null : SegmentComparison.From(segment);
    }

    /// <summary>Compares version <paramref name="a"/> (old) with <paramref name="b"/> (new).</summary>
    public static PairComparison Compare(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new PairComparison(
            TextDiffer.Default.Diff(a, b),
            Core.Metrics.EditDistance.Distance(a, b),
            TerMetric.SentenceScore(a, b),
            ChrFMetric.SentenceScore(a, b));
    }

    /// <summary>Where the given versions disagree, one row per version in the order given.</summary>
    public static DisagreementView Analyze(IReadOnlyList<VersionEntry> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        return Analyzer.Analyze([.. versions.Select(v => v.Text)]);
    }

    /// <summary>Makes a kept version the current target; the replaced target is kept as a version.</summary>
    public Task<SegmentRow> MakeCurrentAsync(int documentId, long versionId, CancellationToken cancellationToken) =>
        _grid.MakeVersionCurrentAsync(documentId, versionId, cancellationToken);
}
