using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web.Virtualization;
using Microsoft.JSInterop;
using TranslationReview.Core.Documents;
using TranslationReview.Data;
using TranslationReview.Web.Components.Shared;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Components.Pages.Documents;

/// <summary>
/// The review grid: a virtualized, paged view of a document's segments (only the visible window is ever loaded)
/// with in-place target editing, state shortcuts and alignment repairs.
/// </summary>
public sealed partial class ReviewGrid : IAsyncDisposable
{
    // Rows seen in recent pages, so a shortcut on a row knows its data without another query; bounded.
    private const int RememberedRows = 2000;

    private readonly Dictionary<long, SegmentRow> _seen = [];
    private readonly Dictionary<long, SegmentRow> _changed = [];
    private Virtualize<SegmentRow>? _virtualize;
    private ElementReference _scroller;
    private IJSObjectReference? _module;
    private IJSObjectReference? _keyboard;
    private DotNetObjectReference<ReviewGrid>? _self;
    private GridFilter? _appliedFilter;
    private int? _total;
    private long? _editingId;
    private long? _codeWarningId;
    private string _draft = "";
    private long? _focusRowId;
    private bool _focusEditor;
    private string? _message;
    private string? _saved;
    private SegmentRow? _menuRow;
    private double _menuLeft;
    private double _menuTop;
    private bool _menuUp;
    private SegmentRow? _splitRow;
    private readonly Dictionary<long, double> _scores = [];

    [Inject]
    private SegmentGridService Segments { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public int DocumentId { get; set; }

    [Parameter, EditorRequired]
    public GridFilter Filter { get; set; } = GridFilter.None;

    [Parameter]
    public string SourceLanguage { get; set; } = "";

    [Parameter]
    public string TargetLanguage { get; set; } = "";

    [Parameter]
    public int DocumentSegmentCount { get; set; }

    /// <summary>Raised when the reviewer asks for a segment's versions (button or Ctrl+Shift+V).</summary>
    [Parameter]
    public EventCallback<SegmentRow> OnVersionsRequested { get; set; }

    /// <summary>Raised after any change to the document, so the page can refresh its counts.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        WatchDocument();
        WatchFlags();
        if (_appliedFilter is not null && !ReferenceEquals(_appliedFilter, Filter))
        {
            _appliedFilter = Filter;
            _editingId = null;
            _codeWarningId = null;
            await ReloadAsync(scrollToTop: true);
        }

        _appliedFilter = Filter;
        await ReloadFlagsIfChangedAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Pages/Documents/ReviewGrid.razor.js");
            _self = DotNetObjectReference.Create(this);
            _keyboard = await _module.InvokeAsync<IJSObjectReference>("attach", _scroller, _self);
            await AttachFlagSelectionAsync();
        }

        if (_module is null)
        {
            return;
        }

        if (_focusEditor)
        {
            _focusEditor = false;
            await _module.InvokeVoidAsync("focusEditor", _scroller);
        }
        else if (_focusRowId is { } id)
        {
            _focusRowId = null;
            await _module.InvokeVoidAsync("focusRow", _scroller, id);
        }
    }

    private async ValueTask<ItemsProviderResult<SegmentRow>> LoadRowsAsync(ItemsProviderRequest request)
    {
        var page = await Segments.GetPageAsync(DocumentId, Filter, request.StartIndex, request.Count, request.CancellationToken);
        if (_seen.Count > RememberedRows)
        {
            _seen.Clear();
            _scores.Clear();
        }

        foreach (var row in page.Rows)
        {
            _seen[row.Id] = row;
            _changed.Remove(row.Id);
        }

        await RememberScoresAsync(page.Rows, request.CancellationToken);
        await LoadFlagsAsync(page.Rows, request.CancellationToken);

        if (_total != page.TotalCount)
        {
            _total = page.TotalCount;
            StateHasChanged();
        }

        return new ItemsProviderResult<SegmentRow>(page.Rows, page.TotalCount);
    }

    private SegmentRow Current(SegmentRow row) => _changed.TryGetValue(row.Id, out var changed) ? changed : row;

    private async Task<SegmentRow?> RowAsync(long id) =>
        _changed.TryGetValue(id, out var changed) ? changed
        : _seen.TryGetValue(id, out var seen) ? seen
        : await Segments.GetAsync(id, CancellationToken.None);

    private static int EditorRows(SegmentRow row) => Math.Clamp(((row.Target?.Length ?? 0) / 60) + 2, 2, 12);

    // The reload in progress (or the last one), so a jump to a segment can wait for the rows it scrolls through.
    private Task _reload = Task.CompletedTask;

    private Task ReloadAsync(bool scrollToTop) => _reload = ReloadRowsAsync(scrollToTop);

    private async Task ReloadRowsAsync(bool scrollToTop)
    {
        _refreshPending = false;
        _seen.Clear();
        _changed.Clear();
        if (scrollToTop && _module is not null)
        {
            await _module.InvokeVoidAsync("scrollToTop", _scroller);
        }

        if (_virtualize is not null)
        {
            await _virtualize.RefreshDataAsync();
        }

        StateHasChanged();
    }

    private void Remember(SegmentRow row)
    {
        _changed[row.Id] = row;
        _seen[row.Id] = row;
    }

    private async Task<bool> RunAsync(Func<Task> action)
    {
        _message = null;
        _notice = null;
        try
        {
            await action();
            return true;
        }
        catch (ReviewValidationException ex)
        {
            _message = ex.Message;
        }
        catch (ReviewNotFoundException ex)
        {
            _message = ex.Message + " It may have been merged or deleted; the grid was reloaded.";
            await ReloadAsync(scrollToTop: false);
        }

        return false;
    }

    private void OnDismissMessage() => _message = null;
}
