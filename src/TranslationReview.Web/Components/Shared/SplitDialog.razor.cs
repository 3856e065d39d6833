using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using TranslationReview.Data;

namespace TranslationReview.Web.Components.Shared;

/// <summary>Lets the reviewer choose split points with the caret in read-only copies of source and target, previewing both halves.</summary>
public sealed partial class SplitDialog : IAsyncDisposable
{
    private ElementReference _source;
    private ElementReference _target;
    private IJSObjectReference? _module;
    private int _sourceOffset;
    private int _targetOffset;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public SegmentRow Row { get; set; } = default!;

    [Parameter]
    public EventCallback<SplitPoints> OnSplit { get; set; }

    [Parameter]
    public EventCallback OnCancel { get; set; }

    protected override void OnParametersSet()
    {
        _sourceOffset = SplitPoints.Suggest(Row.Source);
        _targetOffset = SplitPoints.Suggest(Row.Target ?? "");
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Shared/SplitDialog.razor.js");
            await _module.InvokeVoidAsync("placeCarets", _source, _sourceOffset, _target, _targetOffset);
        }
    }

    private async Task OnCaretMovedAsync()
    {
        if (_module is null)
        {
            return;
        }

        var carets = await _module.InvokeAsync<int[]>("carets", _source, _target);
        _sourceOffset = carets[0];
        _targetOffset = carets[1];
    }

    private static string Part(string? text, int start, int? end)
    {
        text ??= "";
        start = Math.Clamp(start, 0, text.Length);
        var stop = Math.Clamp(end ?? text.Length, start, text.Length);
        return text[start..stop];
    }

    private Task OnSplitAsync() => OnSplit.InvokeAsync(new SplitPoints(_sourceOffset, _targetOffset));

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
