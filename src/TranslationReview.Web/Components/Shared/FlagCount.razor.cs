using Microsoft.AspNetCore.Components;

namespace TranslationReview.Web.Components.Shared;

/// <summary>A segment's count of flags that still need attention; pressing it shows the flag list.</summary>
public sealed partial class FlagCount
{
    [Parameter]
    public int Count { get; set; }

    [Parameter]
    public int Position { get; set; }

    [Parameter]
    public EventCallback<int> OnClick { get; set; }

    private string Label => Count == 1 ? $"1 flag on segment {Position}" : $"{Count} flags on segment {Position}";

    private Task OnClickAsync() => OnClick.InvokeAsync(Position);
}
