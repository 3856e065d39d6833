using AngleSharp.Dom;
using TranslationReview.Core.Documents;
using TranslationReview.Web.Components.Shared;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Tests.Components.Shared;

public sealed class SegmentFilterBarTests : BunitContext
{
    private readonly List<GridFilter> _dispatched = [];

    [Fact]
    public void ToggleState_Approved_DispatchesAFilterForApproved()
    {
        var bar = RenderBar(GridFilter.None);

        CheckboxLabelled(bar, "Approved").Change(true);

        var filter = Assert.Single(_dispatched);
        Assert.Equal([SegmentState.Approved], filter.States);
    }

    [Fact]
    public void ToggleState_UncheckOneOfTwo_KeepsTheOther()
    {
        var bar = RenderBar(GridFilter.None with { States = new HashSet<SegmentState> { SegmentState.New, SegmentState.Rejected } });

        CheckboxLabelled(bar, "Rejected").Change(false);

        Assert.Equal([SegmentState.New], Assert.Single(_dispatched).States);
    }

    [Fact]
    public void LowConfidenceOnly_Checked_DispatchesTheFilterBelowTheThreshold()
    {
        var bar = RenderBar(GridFilter.None);

        CheckboxLabelled(bar, "Low confidence only").Change(true);

        var filter = Assert.Single(_dispatched);
        Assert.True(filter.LowConfidenceOnly);
        Assert.Equal(0.5, filter.ToSegmentFilter().MaxConfidence);
    }

    [Fact]
    public void Search_TypedText_DispatchesItAfterThePause()
    {
        var bar = RenderBar(GridFilter.None, debounce: TimeSpan.FromMilliseconds(1));

        bar.Find("input[type=search]").Input("Stoltenberg");

        bar.WaitForAssertion(() => Assert.Equal("Stoltenberg", Assert.Single(_dispatched).Text));
    }

    [Fact]
    public void ClearFilters_ActiveFilter_DispatchesNoFilter()
    {
        var bar = RenderBar(GridFilter.None with { LowConfidenceOnly = true, Text = "NATO" });

        bar.FindAll("button").Single(b => b.TextContent == "Clear filters").Click();

        Assert.False(Assert.Single(_dispatched).IsActive);
    }

    [Fact]
    public void Render_NoFilter_OffersNoClearButton()
    {
        var bar = RenderBar(GridFilter.None);

        Assert.DoesNotContain(bar.FindAll("button"), b => b.TextContent == "Clear filters");
    }

    [Fact]
    public void Render_Counts_ShowsHowManySegmentsEachStateHas()
    {
        var counts = new Dictionary<SegmentState, int> { [SegmentState.NeedsReview] = 12 };
        var bar = Render<SegmentFilterBar>(p => p.Add(b => b.Filter, GridFilter.None).Add(b => b.Counts, counts));

        var label = bar.FindAll("label").Single(l => l.TextContent.Contains("Needs review", StringComparison.Ordinal));
        Assert.Contains("12", label.TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<SegmentFilterBar> RenderBar(GridFilter filter, TimeSpan? debounce = null) =>
        Render<SegmentFilterBar>(p => p
            .Add(b => b.Filter, filter)
            .Add(b => b.Debounce, debounce ?? SegmentFilterBar.DefaultDebounce)
            .Add(b => b.OnFilterChanged, (GridFilter f) => _dispatched.Add(f)));

    private static IElement CheckboxLabelled(IRenderedComponent<SegmentFilterBar> bar, string text) =>
        bar.FindAll("label").Single(l => l.TextContent.Contains(text, StringComparison.Ordinal)).QuerySelector("input[type=checkbox]")!;
}
