using TranslationReview.Core.Documents;
using TranslationReview.Web.Components.Shared;

namespace TranslationReview.Web.Tests.Components.Shared;

public sealed class StateBadgeTests : BunitContext
{
    [Theory]
    [InlineData(SegmentState.New, "New")]
    [InlineData(SegmentState.Translated, "Translated")]
    [InlineData(SegmentState.NeedsReview, "Needs review")]
    [InlineData(SegmentState.Approved, "Approved")]
    [InlineData(SegmentState.Rejected, "Rejected")]
    public void Render_State_ShowsTheTermTranslatorsUse(SegmentState state, string label)
    {
        var badge = Render<StateBadge>(p => p.Add(b => b.State, state));

        Assert.Equal(label, badge.Find(".badge").TextContent);
    }
}
