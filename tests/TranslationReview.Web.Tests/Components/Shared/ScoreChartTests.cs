using TranslationReview.Core.Checks;
using TranslationReview.Web.Components.Shared;

namespace TranslationReview.Web.Tests.Components.Shared;

public sealed class ScoreChartTests : BunitContext
{
    [Fact]
    public void Render_Counts_OneBarPerCategoryLongestFirstWithAnAccessibleSummary()
    {
        var counts = new Dictionary<(IssueCategory, Severity), int>
        {
            [(IssueCategory.Name, Severity.Major)] = 3,
            [(IssueCategory.Name, Severity.Critical)] = 1,
            [(IssueCategory.Terminology, Severity.Minor)] = 2,
        };

        var chart = Render<ScoreChart>(p => p.Add(c => c.Counts, counts));

        var svg = chart.Find("svg");
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Errors by category: name 4; terminology 2.", svg.GetAttribute("aria-label"));
        Assert.Equal(["name", "terminology"], chart.FindAll("text.label").Select(t => t.TextContent));
        Assert.Equal(["name, critical: 1", "name, major: 3", "terminology, minor: 2"], chart.FindAll("rect title").Select(t => t.TextContent));
        var widths = chart.FindAll("rect").Select(r => double.Parse(r.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(widths[0] + widths[1], 2 * widths[2], 3);
    }

    [Fact]
    public void Render_NoErrors_SaysSo()
    {
        var chart = Render<ScoreChart>(p => p.Add(c => c.Counts, new Dictionary<(IssueCategory, Severity), int>()));

        Assert.Equal("Errors by category: none counted.", chart.Find("svg").GetAttribute("aria-label"));
        Assert.Empty(chart.FindAll("rect"));
    }
}
