using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace TranslationReview.Web.Components.Shared;

/// <summary>How much the versions of a segment disagree, as a small percentage badge on its grid row.</summary>
public sealed partial class DisagreementBadge
{
    /// <summary>The disagreement score, 0 (identical) to 1 (no word in common).</summary>
    [Parameter, EditorRequired]
    public double Score { get; set; }

    private string Percent => Score.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal);

    private string Level => Score switch
    {
        >= 0.5 => "high",
        >= 0.2 => "medium",
        > 0 => "low",
        _ => "none",
    };
}
