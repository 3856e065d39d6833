using Microsoft.JSInterop;
using TranslationReview.Core.Documents;
using TranslationReview.Data;
using TranslationReview.Web.Components.Shared;

namespace TranslationReview.Web.Components.Pages.Documents;

/// <summary>The grid's row menu: state changes and alignment repairs, each followed by a reload of the visible rows.</summary>
public sealed partial class ReviewGrid
{
    private async Task OnMenuRequestedAsync(SegmentRow row)
    {
        if (_module is null)
        {
            return;
        }

        var anchor = await _module.InvokeAsync<MenuAnchor>("anchor", $"actions-{row.Id}");
        // Open upwards when the menu would not fit below the button.
        _menuUp = anchor.Bottom + 370 > anchor.ViewportHeight;
        _menuTop = _menuUp ? anchor.ViewportHeight - anchor.Top : anchor.Bottom + 2;
        _menuLeft = Math.Max(8, anchor.Right - 280);
        _menuRow = Current(row);
    }

    private Task OnMenuClosedAsync()
    {
        _focusRowId = _menuRow?.Id;
        _menuRow = null;
        return Task.CompletedTask;
    }

    private async Task OnMenuStateAsync(SegmentState state)
    {
        var row = _menuRow!;
        _menuRow = null;
        _focusRowId = row.Id;
        await SetStateAsync(row.Id, state);
    }

    private async Task OnMenuActionAsync(RowAction action)
    {
        var row = _menuRow!;
        _menuRow = null;
        if (action == RowAction.Split)
        {
            _splitRow = row;
            return;
        }

        if (action == RowAction.Flag)
        {
            await OpenFlagFromMenuAsync(row);
            return;
        }

        await RepairAsync(row, action switch
        {
            RowAction.MergeWithNext => () => Segments.MergeWithNextAsync(DocumentId, row.Id, CancellationToken.None),
            RowAction.MoveFirstTargetSentenceToPrevious => () => Segments.MoveTargetSentenceAsync(DocumentId, row.Id, MoveDirection.ToPrevious, CancellationToken.None),
            _ => () => Segments.MoveTargetSentenceAsync(DocumentId, row.Id, MoveDirection.ToNext, CancellationToken.None),
        }, action switch
        {
            RowAction.MergeWithNext => $"Merged segment {row.Position} with {row.Position + 1}.",
            RowAction.MoveFirstTargetSentenceToPrevious => $"Moved the first target sentence of segment {row.Position} to segment {row.Position - 1}.",
            _ => $"Moved the last target sentence of segment {row.Position} to segment {row.Position + 1}.",
        });
    }

    private async Task OnSplitAsync(SplitPoints points)
    {
        var row = _splitRow!;
        _splitRow = null;
        await RepairAsync(row, () => Segments.SplitAsync(DocumentId, row.Id, points.SourceOffset, points.TargetOffset, CancellationToken.None),
            $"Split segment {row.Position} in two.");
    }

    private async Task OnSplitCancelledAsync()
    {
        _focusRowId = _splitRow?.Id;
        _splitRow = null;
        await RefreshIfPendingAsync();
    }

    private async Task RepairAsync(SegmentRow row, Func<Task> repair, string done)
    {
        _focusRowId = row.Id;
        if (await RunAsync(repair))
        {
            _saved = done;
            await ReloadAsync(scrollToTop: false);
            await OnChanged.InvokeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        StopWatching();
        _flagWatch?.Dispose();
        try
        {
            if (_keyboard is not null)
            {
                await _keyboard.InvokeVoidAsync("dispose");
                await _keyboard.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }

            await DetachFlagSelectionAsync();
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone with its listeners; nothing to detach.
        }

        _self?.Dispose();
    }
}
