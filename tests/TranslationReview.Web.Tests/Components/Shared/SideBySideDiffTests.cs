using TranslationReview.Core.Diffing;
using TranslationReview.Web.Components.Shared;

namespace TranslationReview.Web.Tests.Components.Shared;

public sealed class SideBySideDiffTests : BunitContext
{
    [Fact]
    public void Render_PostEditedSentence_OldSideStrikesNewSideMarks()
    {
        var diff = TextDiffer.Default.Diff("The FRG welcomed Berbock in Kiev.", "Germany welcomed Baerbock in Kyiv.");

        var cut = Render<SideBySideDiff>(p => p.Add(c => c.Diff, diff).Add(c => c.TitleA, "MT").Add(c => c.TitleB, "Revision"));

        var sides = cut.FindAll(".side-text");
        Assert.Equal(["MT", "Revision"], cut.FindAll(".side-title").Select(t => t.TextContent));
        Assert.Equal("The FRG welcomed Berbock in Kiev.", sides[0].TextContent);
        Assert.Equal("Germany welcomed Baerbock in Kyiv.", sides[1].TextContent);
        Assert.Empty(sides[0].QuerySelectorAll("ins"));
        Assert.Empty(sides[1].QuerySelectorAll("del"));
        Assert.Equal("The FRG", sides[0].QuerySelector("del")!.TextContent);
        Assert.Equal("a", sides[1].QuerySelector(".replaced ins")!.TextContent);
    }
}
