using System.Collections.Concurrent;
using TranslationReview.Core.Diffing;
using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>
/// Disagreement scores of whole documents for the grid's sort and filter (one instance for the app). A document is
/// scored once; afterwards a cheap <see cref="ComparisonStamp"/> query finds what changed and only those segments are
/// scored again, so a saved edit costs one segment, not the document. An alignment repair told by the
/// <see cref="DocumentChangeNotifier"/> shifts positions, so it drops the document's scores. A few recent documents
/// are kept.
/// </summary>
public sealed class DisagreementIndex : IDisposable
{
    private const int KeptDocuments = 16;

    private readonly ComparisonStore _store;
    private readonly DocumentChangeNotifier _notifier;
    private readonly DisagreementAnalyzer _analyzer = new();
    private readonly ConcurrentDictionary<int, Entry> _entries = new();

    public DisagreementIndex(ComparisonStore store, DocumentChangeNotifier notifier)
    {
        _store = store;
        _notifier = notifier;
    }

    /// <summary>The document's scores as they are now.</summary>
    public async Task<DocumentDisagreement> GetAsync(int documentId, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(documentId, id => new Entry(_notifier.Subscribe(id, OnChangedAsync)));
        entry.LastUsed = Environment.TickCount64;
        await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stamp = await _store.GetStampAsync(documentId, cancellationToken).ConfigureAwait(false);
            if (entry.Snapshot is { } snapshot && entry.Stamp is { } old && !entry.Dropped)
            {
                if (stamp == old)
                {
                    return snapshot;
                }

                // Fewer versions than before means some were removed (replaced alternatives): rescore everything.
                if (stamp.SegmentCount == old.SegmentCount && stamp.VersionCount >= old.VersionCount)
                {
                    var touched = await _store.GetTouchedSinceAsync(documentId, old, cancellationToken).ConfigureAwait(false);
                    var changed = await _store.GetSegmentsAsync(touched, cancellationToken).ConfigureAwait(false);
                    var scores = new Dictionary<long, double>(snapshot.Scores);
                    foreach (var segment in changed)
                    {
                        scores.Remove(segment.SegmentId);
                    }

                    Score(changed, scores);
                    return Keep(entry, stamp, new DocumentDisagreement(snapshot.SegmentIds, scores));
                }
            }

            if (stamp.VersionCount == 0)
            {
                // No segment has a second version, so nothing can disagree: the keys are all the grid needs.
                var ids = await _store.GetSegmentIdsAsync(documentId, cancellationToken).ConfigureAwait(false);
                return Keep(entry, stamp, new DocumentDisagreement(ids, new Dictionary<long, double>()));
            }

            var segments = await _store.GetDocumentAsync(documentId, cancellationToken).ConfigureAwait(false);
            var all = new Dictionary<long, double>();
            Score(segments, all);
            return Keep(entry, stamp, new DocumentDisagreement([.. segments.Select(s => s.SegmentId)], all));
        }
        finally
        {
            entry.Gate.Release();
            Trim();
        }
    }

    /// <summary>One page of the grid in the order and with the filter the reviewer chose.</summary>
    public async Task<SegmentPage> GetPageAsync(int documentId, GridFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var disagreement = await GetAsync(documentId, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<long> order = disagreement.Order(filter.Disagreement);
        if (filter.FiltersSegments)
        {
            var matching = await _store.GetMatchingIdsAsync(documentId, filter.ToSegmentFilter(), cancellationToken).ConfigureAwait(false);
            order = [.. order.Where(matching.Contains)];
        }

        var ids = order.Skip(skip).Take(take).ToList();
        var rows = await _store.GetRowsAsync(ids, cancellationToken).ConfigureAwait(false);
        return new SegmentPage(rows, order.Count);
    }

    public void Dispose()
    {
        foreach (var entry in _entries.Values)
        {
            entry.Dispose();
        }

        _entries.Clear();
    }

    private void Score(IReadOnlyList<SegmentVersions> segments, Dictionary<long, double> scores)
    {
        var results = new double?[segments.Count];
        Parallel.For(0, segments.Count, i =>
        {
            var texts = segments[i].Texts();
            results[i] = texts.Count < 2 ? null : _analyzer.Analyze(texts).Score;
        });
        for (var i = 0; i < results.Length; i++)
        {
            if (results[i] is { } score)
            {
                scores[segments[i].SegmentId] = score;
            }
        }
    }

    private static DocumentDisagreement Keep(Entry entry, ComparisonStamp stamp, DocumentDisagreement snapshot)
    {
        entry.Snapshot = snapshot;
        entry.Stamp = stamp;
        entry.Dropped = false;
        return snapshot;
    }

    private Task OnChangedAsync(DocumentChange change)
    {
        if (change.Kind == DocumentChangeKind.AlignmentRepaired && _entries.TryGetValue(change.DocumentId, out var entry))
        {
            entry.Dropped = true;
        }

        return Task.CompletedTask;
    }

    private void Trim()
    {
        if (_entries.Count <= KeptDocuments)
        {
            return;
        }

        foreach (var (id, entry) in _entries.OrderBy(p => p.Value.LastUsed).Take(_entries.Count - KeptDocuments).ToList())
        {
            if (entry.Gate.CurrentCount == 1 && _entries.TryRemove(id, out _))
            {
                entry.Dispose();
            }
        }
    }

    private sealed class Entry(IDisposable watch) : IDisposable
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DocumentDisagreement? Snapshot { get; set; }

        public ComparisonStamp? Stamp { get; set; }

        public volatile bool Dropped;

        public long LastUsed { get; set; }

        public void Dispose() => watch.Dispose();
    }
}
