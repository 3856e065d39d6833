using Microsoft.AspNetCore.Components;
using TranslationReview.Core.Checks;
using TranslationReview.Data;

namespace TranslationReview.Web.Components.Pages.Documents;

/// <summary>The flag list's filters: category, severity, status, origin and author (one value each, or all).</summary>
public sealed partial class FlagFilterBar
{
    [Parameter, EditorRequired]
    public FlagFilter Filter { get; set; } = FlagFilter.None;

    /// <summary>The people (and the automatic checks) who raised flags in the document.</summary>
    [Parameter]
    public IReadOnlyList<string> Authors { get; set; } = [];

    [Parameter]
    public EventCallback<FlagFilter> OnFilterChanged { get; set; }

    private Task OnCategoryChangedAsync(ChangeEventArgs e) =>
        ApplyAsync(Filter with { Categories = OneOrAll<IssueCategory>(e) });

    private Task OnSeverityChangedAsync(ChangeEventArgs e) =>
        ApplyAsync(Filter with { Severities = OneOrAll<Severity>(e) });

    private Task OnStatusChangedAsync(ChangeEventArgs e) =>
        ApplyAsync(Filter with { Statuses = OneOrAll<FlagStatus>(e) });

    private Task OnOriginChangedAsync(ChangeEventArgs e) =>
        ApplyAsync(Filter with { Origin = Enum.TryParse<FlagOrigin>(e.Value?.ToString(), out var origin) ? origin : null });

    private Task OnAuthorChangedAsync(ChangeEventArgs e) =>
        ApplyAsync(Filter with { Author = e.Value?.ToString() is { Length: > 0 } author ? author : null });

    private static IReadOnlyCollection<T> OneOrAll<T>(ChangeEventArgs e)
        where T : struct, Enum =>
        Enum.TryParse<T>(e.Value?.ToString(), out var value) ? [value] : [];

    // An all-empty filter is the shared None instance, so the list can tell "no filter" from "filters that match all".
    private Task ApplyAsync(FlagFilter filter) =>
        OnFilterChanged.InvokeAsync(IsEmpty(filter) ? FlagFilter.None : filter);

    private static bool IsEmpty(FlagFilter filter) =>
        filter.Categories.Count == 0 && filter.Severities.Count == 0 && filter.Statuses.Count == 0 && filter.Author is null && filter.Origin is null;
}
