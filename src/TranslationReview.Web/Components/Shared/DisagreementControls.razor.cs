using System.Globalization;
using Microsoft.AspNetCore.Components;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Components.Shared;

/// <summary>Sort the grid by how much each segment's versions disagree, and show only segments above a level.</summary>
public sealed partial class DisagreementControls
{
    [Parameter, EditorRequired]
    public DisagreementFilter Filter { get; set; } = DisagreementFilter.None;

    [Parameter]
    public EventCallback<DisagreementFilter> OnFilterChanged { get; set; }

    private string MinValue => Filter.MinScore?.ToString(CultureInfo.InvariantCulture) ?? "";

    private Task OnSortToggledAsync(ChangeEventArgs e) =>
        OnFilterChanged.InvokeAsync(Filter with { SortByDisagreement = e.Value is true });

    private Task OnMinChangedAsync(ChangeEventArgs e)
    {
        double? min = double.TryParse(e.Value?.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
        return OnFilterChanged.InvokeAsync(Filter with { MinScore = min });
    }
}
