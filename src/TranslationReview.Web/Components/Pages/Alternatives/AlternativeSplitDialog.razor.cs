using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using TranslationReview.Data;
using TranslationReview.Web.Components.Shared;

namespace TranslationReview.Web.Components.Pages.Alternatives;

/// <summary>Lets the reviewer choose with the caret where an alternative splits; the rest goes to the next segment's alternative.</summary>
public sealed partial class AlternativeSplitDialog : IAsyncDisposable
{
    private ElementReference _text;
    private IJSObjectReference? _module;
    private int _offset;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public AlternativeRow Row { get; set; } = default!;

    [Parameter]
    public string Label { get; set; } = "";

    [Parameter]
    public EventCallback<int> OnSplit { get; set; }

    [Parameter]
    public EventCallback OnCancel { get; set; }

    protected override void OnParametersSet() => _offset = SplitPoints.Suggest(Row.Text ?? "");

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            // The main split dialog's module: it keeps the caret movable while refusing edits. One text, given twice.
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Shared/SplitDialog.razor.js");
            await _module.InvokeVoidAsync("placeCarets", _text, _offset, _text, _offset);
        }
    }

    private async Task OnCaretMovedAsync()
    {
        if (_module is not null)
        {
            _offset = (await _module.InvokeAsync<int[]>("carets", _text, _text))[0];
        }
    }

    private string Part(int start, int? end)
    {
        var text = Row.Text ?? "";
        start = Math.Clamp(start, 0, text.Length);
        var stop = Math.Clamp(end ?? text.Length, start, text.Length);
        return text[start..stop];
    }

    private Task OnSplitAsync() => OnSplit.InvokeAsync(_offset);

    private Task OnCancelAsync() => OnCancel.InvokeAsync();

    private Task OnKeyDownAsync(KeyboardEventArgs e) => e.Key == "Escape" ? OnCancel.InvokeAsync() : Task.CompletedTask;

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
