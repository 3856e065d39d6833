using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web.Virtualization;
using Microsoft.JSInterop;
using TranslationReview.Data;
using TranslationReview.Web.Components.Pages.Documents;
using TranslationReview.Web.Components.Shared;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Components.Pages.Alternatives;

/// <summary>
/// A document's sources beside one label's alternatives: virtualized and paged like the review grid, with a row menu
/// that repairs the alternatives' alignment (move a sentence, merge with the next, split into the next).
/// </summary>
public sealed partial class AlternativesGrid : IAsyncDisposable
{
    private readonly Dictionary<long, AlternativeRow> _changed = [];
    private Virtualize<AlternativeRow>? _virtualize;
    private IJSObjectReference? _module;
    private IDisposable? _watch;
    private int? _total;
    private string? _message;
    private string? _saved;
    private string? _notice;
    private AlternativeRow? _menuRow;
    private double _menuLeft;
    private double _menuTop;
    private bool _menuUp;
    private AlternativeRow? _splitRow;
    private string? _shownLabel;
    private bool _shownLowOnly;
    private bool _disposed;

    [Inject]
    private AlternativeService Alternatives { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public int DocumentId { get; set; }

    [Parameter, EditorRequired]
    public string Label { get; set; } = "";

    [Parameter]
    public string SourceLanguage { get; set; } = "";

    [Parameter]
    public string TargetLanguage { get; set; } = "";

    /// <summary>Show only the alternatives whose placement has low confidence.</summary>
    [Parameter]
    public bool LowConfidenceOnly { get; set; }

    /// <summary>Raised after a repair, so the page can refresh its counts.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _watch ??= Alternatives.WatchOthers(DocumentId, change => InvokeAsync(() => OnOtherReviewerChangedAsync(change)));
        if (_shownLabel is not null && (_shownLabel != Label || _shownLowOnly != LowConfidenceOnly))
        {
            _message = null;
            await ReloadAsync();
        }

        _shownLabel = Label;
        _shownLowOnly = LowConfidenceOnly;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            // The review grid's module measures where a row's menu button is, so the menu opens beside it.
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Pages/Documents/ReviewGrid.razor.js");
        }
    }

    private async ValueTask<ItemsProviderResult<AlternativeRow>> LoadRowsAsync(ItemsProviderRequest request)
    {
        var page = await Alternatives.GetPageAsync(DocumentId, Label, LowConfidenceOnly, request.StartIndex, request.Count, request.CancellationToken);
        foreach (var row in page.Rows)
        {
            _changed.Remove(row.SegmentId);
        }

        if (_total != page.TotalCount)
        {
            _total = page.TotalCount;
            StateHasChanged();
        }

        return new ItemsProviderResult<AlternativeRow>(page.Rows, page.TotalCount);
    }

    private AlternativeRow Current(AlternativeRow row) => _changed.TryGetValue(row.SegmentId, out var changed) ? changed : row;

    private async Task OnMenuRequestedAsync(AlternativeRow row)
    {
        if (_module is null)
        {
            return;
        }

        var anchor = await _module.InvokeAsync<MenuAnchor>("anchor", $"alternative-actions-{row.SegmentId}");
        _menuUp = anchor.Bottom + 200 > anchor.ViewportHeight;
        _menuTop = _menuUp ? anchor.ViewportHeight - anchor.Top : anchor.Bottom + 2;
        _menuLeft = Math.Max(8, anchor.Right - 300);
        _menuRow = Current(row);
    }

    private void OnMenuClosed() => _menuRow = null;

    private async Task OnMenuActionAsync(RowAction action)
    {
        var row = _menuRow!;
        _menuRow = null;
        switch (action)
        {
            case RowAction.Split:
                _splitRow = row;
                break;
            case RowAction.MergeWithNext:
                await RepairAsync(() => Alternatives.MergeWithNextAsync(DocumentId, row.SegmentId, Label, CancellationToken.None),
                    $"Pulled the alternative of segment {row.Position + 1} into segment {row.Position}.");
                break;
            case RowAction.MoveFirstTargetSentenceToPrevious:
                await RepairAsync(() => Alternatives.MoveSentenceAsync(DocumentId, row.SegmentId, Label, MoveDirection.ToPrevious, CancellationToken.None),
                    $"Moved the first sentence of segment {row.Position} to segment {row.Position - 1}.");
                break;
            default:
                await RepairAsync(() => Alternatives.MoveSentenceAsync(DocumentId, row.SegmentId, Label, MoveDirection.ToNext, CancellationToken.None),
                    $"Moved the last sentence of segment {row.Position} to segment {row.Position + 1}.");
                break;
        }
    }

    private async Task OnSplitAsync(int offset)
    {
        var row = _splitRow!;
        _splitRow = null;
        await RepairAsync(() => Alternatives.SplitAsync(DocumentId, row.SegmentId, Label, offset, CancellationToken.None),
            $"Moved the end of segment {row.Position}'s alternative to segment {row.Position + 1}.");
    }

    private void OnSplitCancelled() => _splitRow = null;

    private async Task RepairAsync(Func<Task<IReadOnlyList<AlternativeRow>>> repair, string done)
    {
        _message = null;
        _notice = null;
        try
        {
            foreach (var changed in await repair())
            {
                _changed[changed.SegmentId] = changed;
            }

            _saved = done;
            await OnChanged.InvokeAsync();
        }
        catch (ReviewValidationException ex)
        {
            _message = ex.Message;
        }
        catch (ReviewNotFoundException ex)
        {
            _message = ex.Message;
            await ReloadAsync();
        }
    }

    private async Task OnOtherReviewerChangedAsync(DocumentChange change)
    {
        if (_disposed || _splitRow is not null)
        {
            return;
        }

        _notice = $"{change.ChangedBy} changed this document.";
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _changed.Clear();
        if (_virtualize is not null)
        {
            await _virtualize.RefreshDataAsync();
        }

        StateHasChanged();
    }

    private void OnDismissMessage() => _message = null;

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        _watch?.Dispose();
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; there is nothing left to release in the browser.
            }
        }
    }
}
