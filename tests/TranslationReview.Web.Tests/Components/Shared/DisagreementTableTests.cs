using TranslationReview.Core.Diffing;
using TranslationReview.Web.Components.Shared;

namespace TranslationReview.Web.Tests.Components.Shared;

public sealed class DisagreementTableTests : BunitContext
{
    [Fact]
    public void Render_ThreeEngines_MarksTheDisputedNameInEveryRow()
    {
        var view = new DisagreementAnalyzer().Analyze([
            "Jens Stoltenberg arrived in Kyiv.",
            "Yens Stoltenberh arrived in Kyiv.",
            "Jens Stoltenberg arrived in Kiev.",
        ]);

        var cut = Render<DisagreementTable>(p => p.Add(c => c.View, view).Add(c => c.Labels, ["MT engine A", "MT engine B", "Draft"]));

        var rows = cut.FindAll("tbody tr");
        Assert.Equal(["MT engine A", "MT engine B", "Draft"], rows.Select(r => r.QuerySelector("th")!.TextContent));
        // A word some versions replace is disputed in every row, so the reviewer sees all the variants.
        Assert.Equal(["Jens Stoltenberg", "Kyiv"], rows[0].QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Equal(["Yens Stoltenberh", "Kyiv"], rows[1].QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Equal(["Jens Stoltenberg", "Kiev"], rows[2].QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.StartsWith("Versions disagree", cut.Find("caption").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IdenticalVersions_SaysTheyAgreeAndMarksNothing()
    {
        var view = new DisagreementAnalyzer().Analyze(["Talks continue.", "Talks continue."]);

        var cut = Render<DisagreementTable>(p => p.Add(c => c.View, view));

        Assert.Empty(cut.FindAll("mark"));
        Assert.Equal("All versions agree.", cut.Find("caption").TextContent);
        Assert.Equal(["Version 1", "Version 2"], cut.FindAll("tbody th").Select(t => t.TextContent));
    }

    [Fact]
    public void Render_MarkupInATranslation_IsEncoded()
    {
        var view = new DisagreementAnalyzer().Analyze(["<img src=x onerror=alert(1)> Kiev", "<img src=x onerror=alert(1)> Kyiv"]);

        var cut = Render<DisagreementTable>(p => p.Add(c => c.View, view));

        Assert.Empty(cut.FindAll("img"));
        Assert.Equal("<img src=x onerror=alert(1)> Kiev", cut.FindAll("tbody td")[0].TextContent);
    }
}
