using TranslationReview.Web.Components.Shared;

namespace TranslationReview.Web.Tests.Components.Shared;

public sealed class ConfidenceMarkerTests : BunitContext
{
    [Fact]
    public void Render_BelowThreshold_ShowsCheckLabelWithTheValue()
    {
        var marker = Render<ConfidenceMarker>(p => p.Add(m => m.Confidence, 0.312).Add(m => m.Threshold, 0.5));

        var text = marker.Find(".confidence").TextContent;
        Assert.Contains("Check", text, StringComparison.Ordinal);
        Assert.Contains("0.31", text, StringComparison.Ordinal);
        Assert.Contains("Low alignment confidence", marker.Find(".confidence").GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AtOrAboveThreshold_ShowsOnlyTheValue()
    {
        var marker = Render<ConfidenceMarker>(p => p.Add(m => m.Confidence, 0.93).Add(m => m.Threshold, 0.5));

        Assert.DoesNotContain("Check", marker.Markup, StringComparison.Ordinal);
        Assert.Contains("0.93", marker.Find(".confidence").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HigherThreshold_MarksTheSameBeadAsLow()
    {
        var marker = Render<ConfidenceMarker>(p => p.Add(m => m.Confidence, 0.6).Add(m => m.Threshold, 0.75));

        Assert.Contains("Check", marker.Find(".confidence").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoConfidence_ShowsADashNotAWarning()
    {
        var marker = Render<ConfidenceMarker>(p => p.Add(m => m.Confidence, (double?)null));

        Assert.Equal("–", marker.Find(".confidence").TextContent.Trim());
        Assert.DoesNotContain("Check", marker.Markup, StringComparison.Ordinal);
    }
}
