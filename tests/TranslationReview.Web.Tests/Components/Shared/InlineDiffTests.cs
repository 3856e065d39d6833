using TranslationReview.Core.Diffing;
using TranslationReview.Web.Components.Shared;

namespace TranslationReview.Web.Tests.Components.Shared;

public sealed class InlineDiffTests : BunitContext
{
    [Fact]
    public void Render_MisspelledSurname_MarksTheOneInsertedLetter()
    {
        var diff = TextDiffer.Default.Diff("Annalena Berbock visited Kiev.", "Annalena Baerbock visited Kyiv.");

        var cut = Render<InlineDiff>(p => p.Add(c => c.Diff, diff).Add(c => c.Lang, "en"));

        var replaced = cut.FindAll(".replaced");
        Assert.Equal(["Baerbock", "Kyiv"], replaced.Select(r => Shown(r, without: "DEL")));
        Assert.Equal("a", replaced[0].QuerySelector("ins")!.TextContent);
        Assert.Null(replaced[0].QuerySelector("del"));
        Assert.Equal("Berbock → Baerbock", replaced[0].GetAttribute("title"));
        Assert.Equal("Annalena Baerbock visited Kyiv.", Shown(cut.Find(".inline-diff"), without: "DEL"));
        Assert.Equal("Annalena Berbock visited Kiev.", Shown(cut.Find(".inline-diff"), without: "INS"));
    }

    [Fact]
    public void Render_TransliteratedName_StrikesAndInsertsLetters()
    {
        var diff = TextDiffer.Default.Diff("President Vladimir Zelensky", "President Volodymyr Zelensky");

        var cut = Render<InlineDiff>(p => p.Add(c => c.Diff, diff));

        var word = cut.Find(".replaced");
        Assert.Equal("Vladimir", Shown(word, without: "INS"));
        Assert.Equal("Volodymyr", Shown(word, without: "DEL"));
        Assert.NotEmpty(word.QuerySelectorAll("del"));
    }

    [Fact]
    public void Render_ReplacedTitle_WholeWordsDeletedAndInserted()
    {
        var diff = TextDiffer.Default.Diff("the NATO Secretary of State said", "the NATO Secretary General said");

        var cut = Render<InlineDiff>(p => p.Add(c => c.Diff, diff));

        Assert.Equal(["of State"], cut.FindAll("del").Select(d => d.TextContent));
        Assert.Equal(["General"], cut.FindAll("ins").Select(i => i.TextContent));
    }

    [Fact]
    public void Render_HtmlLookingSegmentText_ShownAsTextNeverAsMarkup()
    {
        var diff = TextDiffer.Default.Diff("Press <b>Save</b> to continue.", "Press <script>alert(1)</script><b>Save</b> now.");

        var cut = Render<InlineDiff>(p => p.Add(c => c.Diff, diff));

        var root = cut.Find(".inline-diff");
        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("b"));
        Assert.Equal("Press <b>Save</b> to continue.", Shown(root, without: "INS"));
        Assert.Equal("Press <script>alert(1)</script><b>Save</b> now.", Shown(root, without: "DEL"));
    }

    /// <summary>The text a reader sees for one side: every text node except those inside the other side's marks.</summary>
    internal static string Shown(AngleSharp.Dom.INode node, string without) =>
        node.NodeType == AngleSharp.Dom.NodeType.Text ? node.TextContent
        : node.NodeName == without ? ""
        : string.Concat(node.ChildNodes.Select(n => Shown(n, without)));
}
