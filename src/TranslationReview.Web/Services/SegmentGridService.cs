using TranslationReview.Core.Documents;
using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>
/// The review grid's view of a document: filtered pages of segments, edits, states and alignment repairs. Every saved
/// change is told to the other circuits that have the document open.
/// </summary>
public sealed class SegmentGridService
{
    private readonly SegmentStore _segments;
    private readonly CurrentUser _user;
    private readonly DocumentChangeNotifier _notifier;
    private readonly CheckService _checks;

    // One instance per circuit (scoped), so this tag tells the circuit's own changes from everyone else's.
    private readonly string _circuitTag = Guid.NewGuid().ToString("N");

    public SegmentGridService(SegmentStore segments, CurrentUser user, DocumentChangeNotifier notifier, CheckService checks)
    {
        _checks = checks;
        _segments = segments;
        _user = user;
        _notifier = notifier;
    }

    /// <summary>One page of the filtered segments, in document order, with the filtered total.</summary>
    public Task<SegmentPage> GetPageAsync(int documentId, GridFilter filter, int skip, int take, CancellationToken cancellationToken) =>
        _segments.GetPageAsync(documentId, filter.ToSegmentFilter(), skip, take, cancellationToken);

    public Task<SegmentRow?> GetAsync(long segmentId, CancellationToken cancellationToken) =>
        _segments.GetAsync(segmentId, cancellationToken);

    /// <summary>
    /// Calls <paramref name="onChange"/> for changes other circuits save to the document's segments, until disposed;
    /// flag changes are told through <see cref="FlagService.WatchFlags"/>.
    /// </summary>
    public IDisposable WatchOthers(int documentId, Func<DocumentChange, Task> onChange) =>
        _notifier.Subscribe(documentId, change => change.CircuitTag == _circuitTag || change.Kind == DocumentChangeKind.FlagsChanged
            ? Task.CompletedTask
            : onChange(change));

    /// <summary>Saves an edited target (plain text; inline codes of the old target are dropped).</summary>
    public async Task<SegmentRow> UpdateTargetAsync(int documentId, long segmentId, string target, CancellationToken cancellationToken)
    {
        var user = await _user.NameAsync().ConfigureAwait(false);
        var row = await _segments.UpdateTargetAsync(segmentId, target, user, cancellationToken).ConfigureAwait(false);
        Publish(documentId, user, DocumentChangeKind.TargetEdited, segmentId);
        return row;
    }

    public async Task<SegmentRow> SetStateAsync(int documentId, long segmentId, SegmentState state, CancellationToken cancellationToken)
    {
        var user = await _user.NameAsync().ConfigureAwait(false);
        var row = await _segments.SetStateAsync(segmentId, state, user, cancellationToken).ConfigureAwait(false);
        Publish(documentId, user, DocumentChangeKind.StateChanged, segmentId);
        return row;
    }

    public async Task MergeWithNextAsync(int documentId, long segmentId, CancellationToken cancellationToken)
    {
        var user = await _user.NameAsync().ConfigureAwait(false);
        await _segments.MergeWithNextAsync(segmentId, user, cancellationToken).ConfigureAwait(false);
        Publish(documentId, user, DocumentChangeKind.AlignmentRepaired, segmentId);
    }

    public async Task SplitAsync(int documentId, long segmentId, int sourceOffset, int targetOffset, CancellationToken cancellationToken)
    {
        var user = await _user.NameAsync().ConfigureAwait(false);
        await _segments.SplitAsync(segmentId, sourceOffset, targetOffset, user, cancellationToken).ConfigureAwait(false);
        Publish(documentId, user, DocumentChangeKind.AlignmentRepaired, segmentId);
    }

    public async Task MoveTargetSentenceAsync(int documentId, long segmentId, MoveDirection direction, CancellationToken cancellationToken)
    {
        var user = await _user.NameAsync().ConfigureAwait(false);
        await _segments.MoveTargetSentenceAsync(segmentId, direction, user, cancellationToken).ConfigureAwait(false);
        Publish(documentId, user, DocumentChangeKind.AlignmentRepaired, segmentId);
    }

    private void Publish(int documentId, string user, DocumentChangeKind kind, long segmentId)
    {
        _notifier.Publish(new DocumentChange(documentId, _circuitTag, user, kind, segmentId));
        if (kind != DocumentChangeKind.StateChanged)
        {
            // The text changed: the checks run again in the background (bursts of edits coalesce into one run).
            _checks.Schedule(documentId);
        }
    }
}
