using TranslationReview.Core.Checks;
using TranslationReview.Web.Components.Shared;

namespace TranslationReview.Web.Tests.Components.Shared;

public sealed class FlaggedTextTests : BunitContext
{
    private const string Target = "President Vladimir Zelensky arrived in Kiev on Monday.";

    [Fact]
    public void Render_OneFlag_MarksExactlyTheFlaggedWordsAndKeepsTheText()
    {
        var kiev = Target.IndexOf("Kiev", StringComparison.Ordinal);
        var text = Render<FlaggedText>(p => p.Add(t => t.Text, Target)
            .Add(t => t.Marks, [new FlagMark(7, kiev, 4, Severity.Major, false, "name · Kyiv")]));

        var mark = text.Find("mark");
        Assert.Equal("Kiev", mark.TextContent);
        Assert.Equal("name · Kyiv", mark.GetAttribute("title"));
        Assert.Contains("major", mark.ClassList);
        Assert.Contains("manual", mark.ClassList);
        Assert.Equal(Target, text.Find(".segment-text").TextContent);
    }

    [Fact]
    public void Render_OverlappingFlags_SplitIntoFlatPiecesWithTheWorstSeverityWhereTheyMeet()
    {
        var vladimir = Target.IndexOf("Vladimir", StringComparison.Ordinal);
        var zelensky = Target.IndexOf("Zelensky", StringComparison.Ordinal);
        var text = Render<FlaggedText>(p => p.Add(t => t.Text, Target).Add(t => t.Marks,
        [
            new FlagMark(1, vladimir, zelensky + 8 - vladimir, Severity.Minor, false, "name · Volodymyr Zelenskyy"),
            new FlagMark(2, vladimir, 8, Severity.Critical, true, "name.transliteration · Volodymyr"),
        ]));

        var marks = text.FindAll("mark");
        Assert.Equal(["Vladimir", " Zelensky"], marks.Select(m => m.TextContent));
        Assert.Contains("critical", marks[0].ClassList);
        Assert.Contains("overlap", marks[0].ClassList);
        Assert.Equal("name · Volodymyr Zelenskyy\nname.transliteration · Volodymyr", marks[0].GetAttribute("title"));
        Assert.Contains("minor", marks[1].ClassList);
        Assert.Empty(text.FindAll("mark mark"));
        Assert.Equal(Target, text.Find(".segment-text").TextContent);
    }

    [Fact]
    public void Render_AutomaticFinding_IsDrawnApartFromAReviewersFlag()
    {
        var text = Render<FlaggedText>(p => p.Add(t => t.Text, Target)
            .Add(t => t.Marks, [new FlagMark(3, 0, 9, Severity.Minor, true, "glossary.missing")]));

        var mark = text.Find("mark");
        Assert.Contains("auto", mark.ClassList);
        Assert.DoesNotContain("manual", mark.ClassList);
    }

    [Fact]
    public void Render_HtmlLookingText_StaysText()
    {
        const string html = "Use <b>bold</b> & <script>alert('Kiev')</script> here.";
        var start = html.IndexOf("<script>", StringComparison.Ordinal);
        var text = Render<FlaggedText>(p => p.Add(t => t.Text, html)
            .Add(t => t.Marks, [new FlagMark(4, start, 8, Severity.Minor, false, "<i>markup</i>")]));

        Assert.Empty(text.FindAll("b"));
        Assert.Empty(text.FindAll("script"));
        Assert.Equal("<script>", text.Find("mark").TextContent);
        Assert.Equal(html, text.Find(".segment-text").TextContent);
    }

    [Fact]
    public void Render_FlagBeyondAnEditedText_IsClippedToTheText()
    {
        const string edited = "Kyiv";
        var text = Render<FlaggedText>(p => p.Add(t => t.Text, edited)
            .Add(t => t.Marks, [new FlagMark(5, 2, 10, Severity.Major, false, "stale"), new FlagMark(6, 30, 4, Severity.Major, false, "gone")]));

        Assert.Equal("iv", Assert.Single(text.FindAll("mark")).TextContent);
        Assert.Equal(edited, text.Find(".segment-text").TextContent);
    }
}
