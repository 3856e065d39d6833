using TranslationReview.Web.Components.Shared;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Tests.Components.Shared;

public sealed class DisagreementControlsTests : BunitContext
{
    [Fact]
    public void Change_SortAndLevel_DispatchTheReviewersChoice()
    {
        DisagreementFilter? chosen = null;
        var cut = Render<DisagreementControls>(p => p
            .Add(c => c.Filter, DisagreementFilter.None)
            .Add(c => c.OnFilterChanged, f => chosen = f));

        cut.Find("input[type=checkbox]").Change(true);
        Assert.Equal(new DisagreementFilter(SortByDisagreement: true), chosen);

        cut.Find("select").Change("0.25");
        Assert.Equal(new DisagreementFilter(MinScore: 0.25), chosen);
        Assert.True(chosen!.Filters);

        cut.Find("select").Change("");
        Assert.Equal(DisagreementFilter.None, chosen);
    }

    [Theory]
    [InlineData(0.0, "≠0%", "none")]
    [InlineData(0.13, "≠13%", "low")]
    [InlineData(0.42, "≠42%", "medium")]
    [InlineData(0.75, "≠75%", "high")]
    public void Badge_Score_ShowsThePercentageAndItsLevel(double score, string shown, string level)
    {
        var cut = Render<DisagreementBadge>(p => p.Add(c => c.Score, score));

        var badge = cut.Find(".disagreement-badge");
        Assert.StartsWith(shown, badge.TextContent, StringComparison.Ordinal);
        Assert.Contains(level, badge.ClassList);
    }
}
