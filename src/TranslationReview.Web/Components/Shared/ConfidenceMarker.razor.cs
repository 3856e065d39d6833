using System.Globalization;
using Microsoft.AspNetCore.Components;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Components.Shared;

/// <summary>The aligner's confidence in a bead; below the threshold it is marked with an icon and the word "Check".</summary>
public partial class ConfidenceMarker
{
    [Parameter]
    public double? Confidence { get; set; }

    [Parameter]
    public double Threshold { get; set; } = GridFilter.DefaultThreshold;

    public bool IsLow => GridFilter.IsLowConfidence(Confidence, Threshold);

    private string Title => IsLow
        ? $"Low alignment confidence {Confidence!.Value.ToString("0.000", CultureInfo.InvariantCulture)} (below {Threshold.ToString("0.##", CultureInfo.InvariantCulture)}): check that source and target match"
        : $"Alignment confidence {Confidence?.ToString("0.000", CultureInfo.InvariantCulture)}";
}
