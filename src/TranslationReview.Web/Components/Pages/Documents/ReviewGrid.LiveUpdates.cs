using TranslationReview.Web.Services;

namespace TranslationReview.Web.Components.Pages.Documents;

/// <summary>
/// The grid's live side: changes other reviewers save to the same document refresh the visible rows. While this
/// reviewer has an editor or the split dialog open the refresh waits until they save or cancel, so typed text is never
/// replaced under their hands; a notice says what changed meanwhile.
/// </summary>
public sealed partial class ReviewGrid
{
    private IDisposable? _watch;
    private int _watchedDocumentId;
    private bool _refreshPending;
    private bool _disposed;
    private string? _notice;

    private void WatchDocument()
    {
        if (_watch is not null && _watchedDocumentId == DocumentId)
        {
            return;
        }

        _watch?.Dispose();
        _watchedDocumentId = DocumentId;
        // Changes arrive on the other reviewer's thread; InvokeAsync brings them onto this circuit's dispatcher.
        _watch = Segments.WatchOthers(DocumentId, change => InvokeAsync(() => OnOtherReviewerChangedAsync(change)));
    }

    private async Task OnOtherReviewerChangedAsync(DocumentChange change)
    {
        if (_disposed || change.DocumentId != DocumentId)
        {
            return;
        }

        var what = change.SegmentId is { } id && _seen.TryGetValue(id, out var row)
            ? $"Segment {row.Position} was changed by {change.ChangedBy}."
            : $"{change.ChangedBy} changed this document.";
        if (_editingId is not null || _splitRow is not null)
        {
            _refreshPending = true;
            _notice = what + " The grid refreshes when you save or cancel.";
            StateHasChanged();
        }
        else
        {
            _notice = what;
            await ReloadAsync(scrollToTop: false);
        }

        await OnChanged.InvokeAsync();
    }

    private async Task RefreshIfPendingAsync()
    {
        if (_refreshPending)
        {
            await ReloadAsync(scrollToTop: false);
        }
    }

    private void StopWatching()
    {
        _disposed = true;
        _watch?.Dispose();
        _watch = null;
    }
}
