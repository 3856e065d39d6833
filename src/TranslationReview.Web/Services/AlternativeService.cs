using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>
/// The Alternatives page's view of a document: the labels of its alternative translations, pages of one label's
/// alternatives beside the sources, and their alignment repairs. Every repair is told to the other circuits on the document.
/// </summary>
public sealed class AlternativeService
{
    private readonly AlternativeStore _alternatives;
    private readonly CurrentUser _user;
    private readonly DocumentChangeNotifier _notifier;
    private readonly string _circuitTag = Guid.NewGuid().ToString("N");

    public AlternativeService(AlternativeStore alternatives, CurrentUser user, DocumentChangeNotifier notifier)
    {
        _alternatives = alternatives;
        _user = user;
        _notifier = notifier;
    }

    public Task<IReadOnlyList<AlternativeLabel>> GetLabelsAsync(int documentId, CancellationToken cancellationToken) =>
        _alternatives.GetLabelsAsync(documentId, cancellationToken);

    public Task<AlternativePage> GetPageAsync(int documentId, string label, bool lowConfidenceOnly, int skip, int take, CancellationToken cancellationToken) =>
        _alternatives.GetPageAsync(documentId, label, lowConfidenceOnly, skip, take, cancellationToken);

    /// <summary>Calls <paramref name="onChange"/> for changes other circuits save to the document, until disposed.</summary>
    public IDisposable WatchOthers(int documentId, Func<DocumentChange, Task> onChange) =>
        _notifier.Subscribe(documentId, change => change.CircuitTag == _circuitTag ? Task.CompletedTask : onChange(change));

    public Task<IReadOnlyList<AlternativeRow>> MoveSentenceAsync(int documentId, long segmentId, string label, MoveDirection direction, CancellationToken cancellationToken) =>
        RepairAsync(documentId, segmentId, () => _alternatives.MoveSentenceAsync(segmentId, label, direction, cancellationToken));

    public Task<IReadOnlyList<AlternativeRow>> MergeWithNextAsync(int documentId, long segmentId, string label, CancellationToken cancellationToken) =>
        RepairAsync(documentId, segmentId, () => _alternatives.MergeWithNextAsync(segmentId, label, cancellationToken));

    public Task<IReadOnlyList<AlternativeRow>> SplitAsync(int documentId, long segmentId, string label, int offset, CancellationToken cancellationToken) =>
        RepairAsync(documentId, segmentId, () => _alternatives.SplitAsync(segmentId, label, offset, cancellationToken));

    /// <summary>Tells the document's other circuits that alternatives were added (after an add-a-translation import).</summary>
    public async Task AnnounceAddedAsync(int documentId)
    {
        var user = await _user.NameAsync().ConfigureAwait(false);
        _notifier.Publish(new DocumentChange(documentId, _circuitTag, user, DocumentChangeKind.AlternativesChanged, null));
    }

    private async Task<IReadOnlyList<AlternativeRow>> RepairAsync(int documentId, long segmentId, Func<Task<IReadOnlyList<AlternativeRow>>> repair)
    {
        var user = await _user.NameAsync().ConfigureAwait(false);
        var rows = await repair().ConfigureAwait(false);
        _notifier.Publish(new DocumentChange(documentId, _circuitTag, user, DocumentChangeKind.AlternativesChanged, segmentId));
        return rows;
    }
}
