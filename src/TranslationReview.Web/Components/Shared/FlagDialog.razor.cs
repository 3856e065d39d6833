using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using TranslationReview.Core.Checks;
using TranslationReview.Data;

namespace TranslationReview.Web.Components.Shared;

/// <summary>
/// Raises a reviewer's flag on a segment: the words (chosen in the grid, or here with the mouse or Shift+arrows in a
/// read-only copy of the text), the category, severity, comment and suggested correction.
/// </summary>
public sealed partial class FlagDialog : IAsyncDisposable
{
    private readonly FlagDraft _draft = new();
    private ElementReference _text;
    private IJSObjectReference? _module;
    private IReadOnlyList<string> _errors = [];
    private bool _placeSelection = true;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public SegmentRow Row { get; set; } = default!;

    /// <summary>What the reviewer had selected in the grid when they asked for the dialog, if anything.</summary>
    [Parameter]
    public GridSelection? Selection { get; set; }

    [Parameter]
    public string SourceLanguage { get; set; } = "";

    [Parameter]
    public string TargetLanguage { get; set; } = "";

    /// <summary>Why the last save failed (set by the caller); the dialog keeps everything typed.</summary>
    [Parameter]
    public string? Error { get; set; }

    [Parameter]
    public bool Saving { get; set; }

    [Parameter]
    public EventCallback<NewFlag> OnSave { get; set; }

    [Parameter]
    public EventCallback OnCancel { get; set; }

    protected override void OnInitialized()
    {
        if (Selection is { } selection)
        {
            _draft.Side = selection.Side;
            _draft.Start = selection.Start;
            _draft.End = selection.End;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Shared/FlagDialog.razor.js");
        }

        if (_placeSelection && _module is not null)
        {
            _placeSelection = false;
            await _module.InvokeVoidAsync("placeSelection", _text, _draft.Start, _draft.End);
        }
    }

    private async Task OnSelectionMovedAsync()
    {
        if (_module is null)
        {
            return;
        }

        var range = await _module.InvokeAsync<int[]>("selection", _text);
        _draft.Start = range[0];
        _draft.End = range[1];
    }

    private void OnSideChanged(FlagSide side)
    {
        if (_draft.Side != side)
        {
            _draft.Side = side;
            _draft.Start = 0;
            _draft.End = 0;
            _placeSelection = true;
        }
    }

    private void OnCategoryChanged(ChangeEventArgs e) =>
        _draft.Category = Enum.TryParse<IssueCategory>(e.Value?.ToString(), out var category) ? category : null;

    private void OnSeverityChanged(ChangeEventArgs e)
    {
        if (Enum.TryParse<Severity>(e.Value?.ToString(), out var severity))
        {
            _draft.Severity = severity;
        }
    }

    private async Task OnSaveAsync()
    {
        _errors = _draft.Validate(Row);
        if (_errors.Count == 0)
        {
            await OnSave.InvokeAsync(_draft.ToNewFlag(Row));
        }
    }

    private Task OnCancelAsync() => OnCancel.InvokeAsync();

    private Task OnKeyDownAsync(KeyboardEventArgs e) => e.Key == "Escape" ? OnCancel.InvokeAsync() : Task.CompletedTask;

    /// <summary>The severity's name as reviewers say it.</summary>
    public static string SeverityName(Severity severity) => severity.ToString().ToLowerInvariant();

    public async ValueTask DisposeAsync()
    {
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
