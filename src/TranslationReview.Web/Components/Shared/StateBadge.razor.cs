using Microsoft.AspNetCore.Components;
using TranslationReview.Core.Documents;

namespace TranslationReview.Web.Components.Shared;

/// <summary>A segment's workflow state as a labelled badge (the text carries the meaning; the colour only helps).</summary>
public partial class StateBadge
{
    [Parameter, EditorRequired]
    public SegmentState State { get; set; }

    private string CssClass => "state-" + State.ToString().ToLowerInvariant();

    public static string LabelOf(SegmentState state) => state switch
    {
        SegmentState.New => "New",
        SegmentState.Translated => "Translated",
        SegmentState.NeedsReview => "Needs review",
        SegmentState.Approved => "Approved",
        SegmentState.Rejected => "Rejected",
        _ => state.ToString(),
    };
}
