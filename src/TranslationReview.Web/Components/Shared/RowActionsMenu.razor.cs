using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using TranslationReview.Core.Documents;
using TranslationReview.Data;

namespace TranslationReview.Web.Components.Shared;

/// <summary>A segment's menu: set its state or repair its alignment. Placed at a fixed point so the grid's scrolling cannot clip it.</summary>
public partial class RowActionsMenu
{
    private static readonly SegmentState[] States = Enum.GetValues<SegmentState>();

    private ElementReference _menu;

    [Parameter, EditorRequired]
    public SegmentRow Row { get; set; } = default!;

    /// <summary>Where to place the menu, in viewport pixels (its top-left corner, or bottom-left when <see cref="OpenUpwards"/>).</summary>
    [Parameter]
    public double Left { get; set; }

    [Parameter]
    public double Top { get; set; }

    [Parameter]
    public bool OpenUpwards { get; set; }

    [Parameter]
    public EventCallback<SegmentState> OnStateChosen { get; set; }

    [Parameter]
    public EventCallback<RowAction> OnActionChosen { get; set; }

    [Parameter]
    public EventCallback OnClose { get; set; }

    private string Style => string.Create(CultureInfo.InvariantCulture,
        $"left:{Left:0}px;{(OpenUpwards ? "bottom" : "top")}:{Top:0}px");

    /// <summary>The keyboard shortcut that sets a state from a focused row, if it has one.</summary>
    public static string? ShortcutOf(SegmentState state) => state switch
    {
        SegmentState.Approved => "Ctrl+Shift+A",
        SegmentState.Rejected => "Ctrl+Shift+R",
        SegmentState.NeedsReview => "Ctrl+Shift+E",
        _ => null,
    };

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            await _menu.FocusAsync();
        }
    }

    private Task OnStateAsync(SegmentState state) => OnStateChosen.InvokeAsync(state);

    private Task OnActionAsync(RowAction action) => OnActionChosen.InvokeAsync(action);

    private Task OnCloseAsync() => OnClose.InvokeAsync();

    private Task OnKeyDownAsync(KeyboardEventArgs e) => e.Key == "Escape" ? OnClose.InvokeAsync() : Task.CompletedTask;
}
