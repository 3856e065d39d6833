using TranslationReview.Core.Diffing;
using TranslationReview.Core.Metrics;
using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>
/// The "changes since" view of a whole document: for every segment, the oldest version matching the base (a label
/// or an origin) against the current target; document figures over the segments that have such a version.
/// </summary>
public sealed class DocumentChangesService
{
    /// <summary>The base when none is asked for: what came in with the file (imported or machine translation).</summary>
    public const string DefaultSince = TargetOrigins.Original;

    private static readonly PostEditEffort Effort = new();

    private readonly ComparisonStore _store;

    public DocumentChangesService(ComparisonStore store) => _store = store;

    public async Task<DocumentChanges> BuildAsync(int documentId, string? since, CancellationToken cancellationToken)
    {
        var wanted = string.IsNullOrWhiteSpace(since) ? DefaultSince : since.Trim();
        var segments = await _store.GetDocumentAsync(documentId, cancellationToken).ConfigureAwait(false);
        var bases = new List<string>();
        var finals = new List<string>();
        var changed = new List<ChangedSegment>();
        var withoutBase = 0;
        foreach (var segment in segments)
        {
            if (segment.BaseText(wanted) is not { } baseText)
            {
                withoutBase++;
                continue;
            }

            var current = segment.Current?.Text ?? "";
            bases.Add(baseText);
            finals.Add(current);
            if (!string.Equals(baseText, current, StringComparison.Ordinal))
            {
                changed.Add(new ChangedSegment(segment.SegmentId, segment.Position, segment.Source, baseText, current));
            }
        }

        // The four figures are independent passes over the document: run them side by side.
        var ter = Task.Run(() => new Ter().Score(bases, finals).Corpus, cancellationToken);
        var chrF = Task.Run(() => new ChrF().Score(bases, finals).Corpus, cancellationToken);
        var edit = Task.Run(() => new EditDistance().Score(bases, finals).Corpus, cancellationToken);
        var effort = Task.Run(() => Effort.Measure(bases, finals), cancellationToken);
        await Task.WhenAll(ter, chrF, edit, effort).ConfigureAwait(false);
        return new DocumentChanges(wanted, Choices(segments), changed, withoutBase, ter.Result, chrF.Result, edit.Result, effort.Result);
    }

    /// <summary>The diff of a changed segment, base against current, with letter detail.</summary>
    public static TextDiff Diff(ChangedSegment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return TextDiffer.Default.Diff(segment.BaseText, segment.CurrentText);
    }

    private static List<string> Choices(IReadOnlyList<SegmentVersions> segments)
    {
        var labels = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in segments)
        {
            foreach (var version in segment.Versions)
            {
                labels.Add(version.Label);
            }
        }

        // Origins first (they group every label of their kind), then the labels, capped so a page of "Edit by …" stays short.
        return [DefaultSince, "imported", "mt", "human", .. labels.Take(30)];
    }
}
