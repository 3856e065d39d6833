using TranslationReview.Core.Checks;
using TranslationReview.Data;
using TranslationReview.Web.Components.Pages.Documents;

namespace TranslationReview.Web.Tests.Components.Pages.Documents;

public sealed class FlagFilterBarTests : BunitContext
{
    private FlagFilter? _chosen;

    private IRenderedComponent<FlagFilterBar> RenderBar(FlagFilter filter) =>
        Render<FlagFilterBar>(p => p.Add(b => b.Filter, filter).Add(b => b.Authors, ["Automatic check", "olena@example.org"])
            .Add(b => b.OnFilterChanged, (FlagFilter f) => _chosen = f));

    private static AngleSharp.Dom.IElement Select(IRenderedComponent<FlagFilterBar> bar, string label) =>
        bar.FindAll("label").Single(l => l.TextContent.Trim().StartsWith(label, StringComparison.Ordinal)).QuerySelector("select")!;

    [Theory]
    [InlineData("Category", nameof(IssueCategory.LocaleConvention))]
    [InlineData("Severity", nameof(Severity.Critical))]
    [InlineData("Status", nameof(FlagStatus.Disputed))]
    public void Choose_OneValue_FiltersByIt(string label, string value)
    {
        var bar = RenderBar(FlagFilter.None);

        Assert.Equal("Filter flags", bar.Find("[role=group]").GetAttribute("aria-label"));
        Select(bar, label).Change(value);

        Assert.NotNull(_chosen);
        Assert.Equal(value, label switch
        {
            "Category" => Assert.Single(_chosen.Categories).ToString(),
            "Severity" => Assert.Single(_chosen.Severities).ToString(),
            _ => Assert.Single(_chosen.Statuses).ToString(),
        });
    }

    [Fact]
    public void Choose_AuthorAndOrigin_KeepsTheOtherFilters()
    {
        var bar = RenderBar(new FlagFilter { Severities = [Severity.Major] });

        Select(bar, "Author").Change("olena@example.org");
        Assert.Equal("olena@example.org", _chosen!.Author);
        Assert.Equal([Severity.Major], _chosen.Severities);

        Select(bar, "Origin").Change(nameof(FlagOrigin.Automatic));
        Assert.Equal(FlagOrigin.Automatic, _chosen.Origin);
    }

    [Fact]
    public void Choose_AllAgain_ClearsTheFilter()
    {
        var bar = RenderBar(new FlagFilter { Categories = [IssueCategory.Name] });

        Select(bar, "Category").Change("");

        Assert.Same(FlagFilter.None, _chosen);
    }

    [Fact]
    public void Render_CategoryOptions_UseTheReviewersNames()
    {
        var bar = RenderBar(FlagFilter.None);

        Assert.Contains("locale convention", Select(bar, "Category").TextContent, StringComparison.Ordinal);
        Assert.Equal(["All", "Automatic check", "olena@example.org"], Select(bar, "Author").QuerySelectorAll("option").Select(o => o.TextContent));
    }
}
