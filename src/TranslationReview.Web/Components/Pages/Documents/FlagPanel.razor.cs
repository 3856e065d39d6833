using Microsoft.AspNetCore.Components;
using TranslationReview.Data;
using TranslationReview.Web.Components.Shared;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Components.Pages.Documents;

/// <summary>
/// The document's flags beside the grid: filters, a jump to each flag's segment, and the actions of the workflow by
/// role (a translator answers, a reviewer resolves, reopens or dismisses) plus adding a flag's term to the glossary.
/// </summary>
public sealed partial class FlagPanel : IDisposable
{
    private List<FlagRow> _flags = [];
    private IReadOnlyList<string> _authors = [];
    private FlagFilter _filter = FlagFilter.None;
    private int _total;
    private bool _loaded;
    private bool _busy;
    private bool _canAnswer;
    private bool _canReview;
    private string _user = "";
    private string? _notice;
    private string? _message;
    private int _appliedRevision = -1;
    private int? _appliedSegment;
    private IDisposable? _watch;
    private bool _disposed;

    [Inject]
    private FlagService FlagService { get; set; } = default!;

    [Parameter, EditorRequired]
    public int DocumentId { get; set; }

    /// <summary>Changes when the grid (or another reviewer) changed flags, so the list reloads.</summary>
    [Parameter]
    public int Revision { get; set; }

    /// <summary>Raised after this list changed flags or the glossary, so the grid reloads its marks.</summary>
    [Parameter]
    public EventCallback OnFlagsChanged { get; set; }

    [Parameter]
    public EventCallback<FlagRow> OnJump { get; set; }

    /// <summary>When set, the list shows only the flags of the segment with this number (its flag badge was clicked).</summary>
    [Parameter]
    public int? Segment { get; set; }

    /// <summary>Raised by "Show all flags" on a list narrowed to one segment.</summary>
    [Parameter]
    public EventCallback OnShowAll { get; set; }

    [Parameter]
    public EventCallback OnClose { get; set; }

    private string CountText => Segment is { } segment
        ? $"{_flags.Count} {(_flags.Count == 1 ? "flag" : "flags")} on segment {segment}"
        : _filter == FlagFilter.None
            ? $"{_flags.Count} {(_flags.Count == 1 ? "flag" : "flags")}"
            : $"{_flags.Count} of {_total} flags match";

    protected override async Task OnInitializedAsync()
    {
        _canAnswer = await FlagService.CanAnswerAsync();
        _canReview = await FlagService.CanReviewAsync();
        _user = await FlagService.UserNameAsync();
        // Another reviewer's flag or answer, or a check run after an edit, refreshes the list.
        _watch = FlagService.WatchFlags(DocumentId, _ => InvokeAsync(OnFlagsChangedElsewhereAsync));
    }

    private async Task OnFlagsChangedElsewhereAsync()
    {
        if (!_disposed)
        {
            await LoadAsync();
            StateHasChanged();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _watch?.Dispose();
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_appliedRevision != Revision || _appliedSegment != Segment)
        {
            _appliedRevision = Revision;
            _appliedSegment = Segment;
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        var all = await FlagService.ListAsync(DocumentId, FlagFilter.None, CancellationToken.None);
        _total = all.Count;
        _authors = [.. all.Select(f => f.Author).Distinct(StringComparer.Ordinal).Order(StringComparer.CurrentCulture)];
        var matching = _filter == FlagFilter.None ? all : await FlagService.ListAsync(DocumentId, _filter, CancellationToken.None);
        _flags = [.. Segment is { } segment ? matching.Where(f => f.SegmentPosition == segment) : matching];
        _loaded = true;
    }

    private async Task OnFilterChangedAsync(FlagFilter filter)
    {
        _filter = filter;
        await LoadAsync();
    }

    private Task OnJumpAsync(FlagRow flag) => OnJump.InvokeAsync(flag);

    private async Task OnAnswerAsync(FlagAnswerRequest request) =>
        await ActAsync(() => FlagService.AnswerAsync(request.FlagId, request.Answer, request.Comment, CancellationToken.None),
            request.Answer == FlagAnswer.Fixed ? "Answered: fixed." : "Answered: disputed.");

    private async Task OnResolveAsync(FlagRow flag) =>
        await ActAsync(() => FlagService.ResolveAsync(flag.Id, CancellationToken.None), $"Resolved the flag on segment {flag.SegmentPosition}.");

    private async Task OnReopenAsync(FlagRow flag) =>
        await ActAsync(() => FlagService.ReopenAsync(flag.Id, CancellationToken.None), $"Reopened the flag on segment {flag.SegmentPosition}.");

    private async Task OnDismissAsync(FlagRow flag) =>
        await ActAsync(() => FlagService.DismissAsync(flag.Id, CancellationToken.None), $"Dismissed the finding on segment {flag.SegmentPosition}; a re-check keeps it dismissed.");

    private async Task OnDeleteAsync(FlagRow flag) =>
        await ActAsync(() => FlagService.DeleteAsync(flag.Id, CancellationToken.None), $"Deleted the flag on segment {flag.SegmentPosition}.");

    private async Task<bool> OnAddToGlossaryAsync(GlossaryAddition addition)
    {
        var found = 0;
        var done = await ActAsync(async () => found = await FlagService.AddToGlossaryAsync(
            addition.FlagId, addition.SourceTerm, addition.Correction, addition.Type, CancellationToken.None), null);
        if (done)
        {
            _notice = $"Added “{addition.SourceTerm}” → “{addition.Correction}” to the glossary. The document was re-checked: "
                + (found == 1 ? "1 new finding." : $"{found} new findings.");
        }

        // Called as a plain delegate from the item, so this list re-renders itself with the outcome.
        StateHasChanged();
        return done;
    }

    private async Task<bool> ActAsync(Func<Task> action, string? done)
    {
        _busy = true;
        _message = null;
        _notice = null;
        try
        {
            await action();
            _notice = done;
        }
        catch (ReviewValidationException ex)
        {
            _message = ex.Message;
            return false;
        }
        catch (ReviewNotFoundException ex)
        {
            _message = ex.Message + " The list was reloaded.";
            await LoadAsync();
            return false;
        }
        finally
        {
            _busy = false;
        }

        await LoadAsync();
        await OnFlagsChanged.InvokeAsync();
        return true;
    }

    private Task OnCloseAsync() => OnClose.InvokeAsync();
}
