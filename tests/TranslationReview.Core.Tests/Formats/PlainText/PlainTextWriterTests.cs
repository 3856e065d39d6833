using System.Text;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats.PlainText;

namespace TranslationReview.Core.Tests.Formats.PlainText;

public class PlainTextWriterTests
{
    private static Segment Segment(string source, string? target, int? paragraph) =>
        new(Guid.NewGuid().ToString(), SegmentContent.FromText(source), target is null ? null : SegmentContent.FromText(target),
            target is null ? SegmentState.New : SegmentState.Translated)
        {
            Properties = paragraph is int p ? new Dictionary<string, string> { ["paragraph"] = ParagraphProperty.Format(p) } : new Dictionary<string, string>(),
        };

    private static async Task<string> WriteAsync(string targetLanguage, params Segment[] segments)
    {
        using var output = new MemoryStream();
        await new PlainTextWriter().WriteAsync(new BilingualDocument("doc", "en", targetLanguage, segments), output, CancellationToken.None);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public async Task WriteAsync_SegmentsOfOneParagraph_AreJoinedOnOneLine()
    {
        var text = await WriteAsync("de",
            Segment("The meeting starts at nine.", "Die Sitzung beginnt um neun.", 0),
            Segment("Please be on time.", "Bitte seien Sie pünktlich.", 0),
            Segment("Thank you.", "Vielen Dank.", 1));

        Assert.Equal("Die Sitzung beginnt um neun. Bitte seien Sie pünktlich.\nVielen Dank.\n", text);
    }

    [Fact]
    public async Task WriteAsync_SegmentWithoutTarget_WritesItsSource()
    {
        var text = await WriteAsync("de",
            Segment("Translated.", "Übersetzt.", 0),
            Segment("Still in English.", null, 0));

        Assert.Equal("Übersetzt. Still in English.\n", text);
    }

    [Fact]
    public async Task WriteAsync_SegmentsWithoutParagraph_AreParagraphsOfTheirOwn()
    {
        var text = await WriteAsync("de",
            Segment("Title", "Titel", null),
            Segment("Subtitle", "Untertitel", null));

        Assert.Equal("Titel\nUntertitel\n", text);
    }

    [Fact]
    public async Task WriteAsync_SameParagraphIndexNotConsecutive_StartsANewLine()
    {
        var text = await WriteAsync("de",
            Segment("A.", "A.", 0),
            Segment("Note", "Hinweis", null),
            Segment("B.", "B.", 0));

        Assert.Equal("A.\nHinweis\nB.\n", text);
    }

    [Fact]
    public async Task WriteAsync_JapaneseSentences_AreJoinedWithoutSpace()
    {
        var text = await WriteAsync("ja",
            Segment("It is raining.", "雨が降っています。", 0),
            Segment("Take an umbrella.", "傘を持って行ってください。", 0));

        Assert.Equal("雨が降っています。傘を持って行ってください。\n", text);
    }

    [Fact]
    public async Task WriteAsync_LineBreakInsideSegment_KeepsTheParagraphOnOneLine()
    {
        var text = await WriteAsync("de", Segment("Line one\nline two", "Zeile eins\r\nZeile zwei", 0));

        Assert.Equal("Zeile eins Zeile zwei\n", text);
    }
}
