using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using TranslationReview.Data;
using TranslationReview.Web.Components.Shared;

namespace TranslationReview.Web.Components.Pages.Alternatives;

/// <summary>An alternative's menu: the main target's alignment repairs, applied to the alternative. Placed at a fixed point so scrolling cannot clip it.</summary>
public sealed partial class AlternativeActionsMenu
{
    private ElementReference _menu;

    [Parameter, EditorRequired]
    public AlternativeRow Row { get; set; } = default!;

    [Parameter]
    public double Left { get; set; }

    [Parameter]
    public double Top { get; set; }

    [Parameter]
    public bool OpenUpwards { get; set; }

    [Parameter]
    public EventCallback<RowAction> OnActionChosen { get; set; }

    [Parameter]
    public EventCallback OnClose { get; set; }

    private bool HasText => !string.IsNullOrWhiteSpace(Row.Text);

    private string Style => string.Create(CultureInfo.InvariantCulture, $"left:{Left:0}px;{(OpenUpwards ? "bottom" : "top")}:{Top:0}px");

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            await _menu.FocusAsync();
        }
    }

    private Task OnActionAsync(RowAction action) => OnActionChosen.InvokeAsync(action);

    private Task OnCloseAsync() => OnClose.InvokeAsync();

    private Task OnKeyDownAsync(KeyboardEventArgs e) => e.Key == "Escape" ? OnClose.InvokeAsync() : Task.CompletedTask;
}
