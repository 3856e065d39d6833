using Microsoft.AspNetCore.Components;
using TranslationReview.Data;

namespace TranslationReview.Web.Components.Shared;

/// <summary>The label and origin of a translation being imported ("MT engine A", machine translation).</summary>
public sealed partial class ProvenanceFields
{
    private static readonly TargetOrigin[] Origins = Enum.GetValues<TargetOrigin>();

    /// <summary>Makes the ids of the fields unique on the page.</summary>
    [Parameter, EditorRequired]
    public string IdPrefix { get; set; } = "";

    [Parameter]
    public string Label { get; set; } = "";

    [Parameter]
    public EventCallback<string> LabelChanged { get; set; }

    [Parameter]
    public TargetOrigin Origin { get; set; }

    [Parameter]
    public EventCallback<TargetOrigin> OriginChanged { get; set; }

    [Parameter]
    public bool Disabled { get; set; }

    /// <summary>How an origin is named to a translator.</summary>
    public static string NameOf(TargetOrigin origin) => origin switch
    {
        TargetOrigin.MachineTranslation => "Machine translation",
        TargetOrigin.HumanEdit => "Human translation",
        _ => "Imported",
    };

    private Task OnLabelInputAsync(ChangeEventArgs e) => LabelChanged.InvokeAsync(e.Value as string ?? "");

    private Task OnOriginChangedAsync(ChangeEventArgs e) =>
        Enum.TryParse<TargetOrigin>(e.Value as string, out var origin) ? OriginChanged.InvokeAsync(origin) : Task.CompletedTask;
}
