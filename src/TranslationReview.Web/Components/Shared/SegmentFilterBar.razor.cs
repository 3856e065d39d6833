using System.Globalization;
using Microsoft.AspNetCore.Components;
using TranslationReview.Core.Documents;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Components.Shared;

/// <summary>
/// The grid's filter bar: state toggles, "low confidence only" with its threshold, and a text search that waits
/// for a pause in typing before it asks for new rows. It only dispatches a new <see cref="GridFilter"/>.
/// </summary>
public sealed partial class SegmentFilterBar : IDisposable
{
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(300);

    private static readonly SegmentState[] AllStates = Enum.GetValues<SegmentState>();

    private string _text = "";
    private CancellationTokenSource? _typing;

    [Parameter, EditorRequired]
    public GridFilter Filter { get; set; } = GridFilter.None;

    [Parameter]
    public EventCallback<GridFilter> OnFilterChanged { get; set; }

    /// <summary>Segments per state in the whole document, shown beside each toggle.</summary>
    [Parameter]
    public IReadOnlyDictionary<SegmentState, int>? Counts { get; set; }

    [Parameter]
    public int? LowConfidenceCount { get; set; }

    /// <summary>How long typing must pause before the search runs.</summary>
    [Parameter]
    public TimeSpan Debounce { get; set; } = DefaultDebounce;

    protected override void OnParametersSet()
    {
        if (_typing is null)
        {
            _text = Filter.Text;
        }
    }

    private int CountOf(SegmentState state) => Counts is not null && Counts.TryGetValue(state, out var count) ? count : 0;

    private Task OnStateToggledAsync(SegmentState state, ChangeEventArgs e)
    {
        var states = new HashSet<SegmentState>(Filter.States);
        if (e.Value is true)
        {
            states.Add(state);
        }
        else
        {
            states.Remove(state);
        }

        return OnFilterChanged.InvokeAsync(Filter with { States = states });
    }

    private Task OnLowConfidenceToggledAsync(ChangeEventArgs e) =>
        OnFilterChanged.InvokeAsync(Filter with { LowConfidenceOnly = e.Value is true });

    private Task OnThresholdChangedAsync(ChangeEventArgs e) =>
        double.TryParse(e.Value?.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) && threshold is > 0 and <= 1
            ? OnFilterChanged.InvokeAsync(Filter with { Threshold = threshold })
            : Task.CompletedTask;

    private async Task OnTextInputAsync(ChangeEventArgs e)
    {
        _text = e.Value?.ToString() ?? "";
        _typing?.Cancel();
        _typing?.Dispose();
        var typing = _typing = new CancellationTokenSource();
        try
        {
            await Task.Delay(Debounce, typing.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        _typing = null;
        typing.Dispose();
        await OnFilterChanged.InvokeAsync(Filter with { Text = _text });
    }

    private Task OnClearAsync()
    {
        _typing?.Cancel();
        _typing = null;
        _text = "";
        return OnFilterChanged.InvokeAsync(GridFilter.None);
    }

    public void Dispose()
    {
        _typing?.Cancel();
        _typing?.Dispose();
    }
}
