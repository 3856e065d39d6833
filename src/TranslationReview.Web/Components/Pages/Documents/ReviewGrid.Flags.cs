using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using TranslationReview.Core.Checks;
using TranslationReview.Data;
using TranslationReview.Web.Components.Shared;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Components.Pages.Documents;

/// <summary>
/// The grid's flag side: marks on the visible rows (loaded with each page of rows), a count per row, and raising a
/// reviewer's flag on the words selected in a segment (Ctrl+Shift+F or the row menu).
/// </summary>
public sealed partial class ReviewGrid
{
    private readonly Dictionary<long, IReadOnlyList<FlagRow>> _flags = [];
    private IJSObjectReference? _selectionModule;
    private IJSObjectReference? _selections;
    private SegmentRow? _flagRow;
    private GridSelection? _flagSelection;
    private string? _flagError;
    private bool _flagSaving;
    private int _appliedFlagsRevision;

    [Inject]
    private FlagService FlagService { get; set; } = default!;

    /// <summary>Changes when flags were added or changed elsewhere on the page (the flag list), so the marks reload.</summary>
    [Parameter]
    public int FlagsRevision { get; set; }

    /// <summary>Raised after this grid added a flag, so the page can refresh its flag list.</summary>
    [Parameter]
    public EventCallback OnFlagsChanged { get; set; }

    /// <summary>Raised when the reviewer asks for the flags of a segment (its flag count).</summary>
    [Parameter]
    public EventCallback<int> OnShowFlags { get; set; }

    private IDisposable? _flagWatch;

    // Flags raised or answered elsewhere, and check runs after edits, reload the marks of the visible rows; while this
    // reviewer has an editor or a dialog open the reload waits, as for other reviewers' edits.
    private void WatchFlags()
    {
        _flagWatch ??= FlagService.WatchFlags(DocumentId, _ => InvokeAsync(OnFlagsChangedElsewhereAsync));
    }

    private async Task OnFlagsChangedElsewhereAsync()
    {
        if (_disposed)
        {
            return;
        }

        if (_editingId is not null || _splitRow is not null || _flagRow is not null)
        {
            _refreshPending = true;
            return;
        }

        await ReloadAsync(scrollToTop: false);
    }

    private async Task AttachFlagSelectionAsync()
    {
        _selectionModule = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Shared/FlaggedText.razor.js");
        _selections = await _selectionModule.InvokeAsync<IJSObjectReference>("trackSelections", _scroller, _self);
    }

    private async Task LoadFlagsAsync(IReadOnlyList<SegmentRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var flags = await FlagService.ListForSegmentsAsync(DocumentId, rows.Select(r => r.Id).ToList(), cancellationToken);
        var bySegment = flags.Where(FlagMarks.IsMarked).ToLookup(f => f.SegmentId);
        foreach (var row in rows)
        {
            _flags[row.Id] = [.. bySegment[row.Id]];
        }
    }

    private IReadOnlyList<FlagMark> MarksOf(long segmentId, FlagSide side) =>
        _flags.TryGetValue(segmentId, out var flags) ? FlagMarks.Of(flags, side) : [];

    private int FlagCountOf(long segmentId) => _flags.TryGetValue(segmentId, out var flags) ? flags.Count : 0;

    private async Task ReloadFlagsIfChangedAsync()
    {
        if (_appliedFlagsRevision != FlagsRevision)
        {
            _appliedFlagsRevision = FlagsRevision;
            await ReloadAsync(scrollToTop: false);
        }
    }

    /// <summary>Ctrl+Shift+F on a row: flags the words selected in it (or opens the dialog to select them).</summary>
    [JSInvokable]
    public async Task OnFlagShortcutAsync(long id, string? side, int start, int end)
    {
        await OpenFlagDialogAsync(id, GridSelection.From(side, start, end));
        StateHasChanged();
    }

    private async Task OpenFlagFromMenuAsync(SegmentRow row)
    {
        var selection = _selections is null ? null : await _selections.InvokeAsync<SelectionReport?>("selectionIn", row.Id);
        await OpenFlagDialogAsync(row.Id, selection is null ? null : GridSelection.From(selection.Side, selection.Start, selection.End));
    }

    private async Task OpenFlagDialogAsync(long id, GridSelection? selection)
    {
        if (_editingId is not null || _splitRow is not null)
        {
            return;
        }

        var row = await RowAsync(id);
        if (row is not null)
        {
            _flagError = null;
            _flagSelection = selection;
            _flagRow = row;
        }
    }

    private async Task OnFlagSavedAsync(NewFlag flag)
    {
        var row = _flagRow!;
        _flagSaving = true;
        _flagError = null;
        try
        {
            await FlagService.AddManualAsync(DocumentId, row.Id, flag, CancellationToken.None);
        }
        catch (ReviewValidationException ex)
        {
            _flagError = ex.Message;
            return;
        }
        catch (ReviewNotFoundException ex)
        {
            _flagError = ex.Message + " Cancel, and flag it again in the reloaded grid.";
            return;
        }
        finally
        {
            _flagSaving = false;
        }

        _flagRow = null;
        _focusRowId = row.Id;
        _saved = $"Flagged segment {row.Position}.";
        await ReloadAsync(scrollToTop: false);
        await OnFlagsChanged.InvokeAsync();
    }

    private async Task OnFlagCancelledAsync()
    {
        _focusRowId = _flagRow?.Id;
        _flagRow = null;
        await RefreshIfPendingAsync();
    }

    private Task OnFlagCountClickedAsync(int position) => OnShowFlags.InvokeAsync(position);

    /// <summary>Scrolls the grid to a segment (clearing nothing: the page clears the filter first when needed) and focuses it.</summary>
    public async Task RevealAsync(long segmentId, int position)
    {
        await _reload;
        if (_selections is not null)
        {
            await _selections.InvokeVoidAsync("reveal", segmentId, Math.Max(0, position - 1));
        }
    }

    private async Task DetachFlagSelectionAsync()
    {
        if (_selections is not null)
        {
            await _selections.InvokeVoidAsync("dispose");
            await _selections.DisposeAsync();
        }

        if (_selectionModule is not null)
        {
            await _selectionModule.DisposeAsync();
        }
    }

    /// <summary>What the selection script reports for a segment's selection.</summary>
    private sealed record SelectionReport(long SegmentId, string Side, int Start, int End);
}
