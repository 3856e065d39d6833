using System.Text;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.Tsv;

namespace TranslationReview.Core.Tests.Formats.Tsv;

public class TsvWriterTests
{
    private static Segment Segment(string id, string source, string? target, SegmentState state) =>
        new(id, SegmentContent.FromText(source), target is null ? null : SegmentContent.FromText(target), state);

    private static async Task<string> WriteAsync(params Segment[] segments)
    {
        using var output = new MemoryStream();
        await new TsvWriter().WriteAsync(new BilingualDocument("doc", "en", "de", segments), output, CancellationToken.None);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public async Task WriteAsync_DefaultStates_WritesTwoColumns()
    {
        var text = await WriteAsync(
            Segment("1", "Save changes?", "Änderungen speichern?", SegmentState.Translated),
            Segment("2", "Not yet translated.", null, SegmentState.New));

        Assert.Equal("Save changes?\tÄnderungen speichern?\nNot yet translated.\t\n", text);
    }

    [Fact]
    public async Task WriteAsync_ReviewerDecisions_AddTheStateColumn()
    {
        var text = await WriteAsync(
            Segment("1", "Save changes?", "Änderungen speichern?", SegmentState.Approved),
            Segment("2", "Close.", "Zu.", SegmentState.Rejected),
            Segment("3", "Open.", "Öffnen.", SegmentState.Translated));

        Assert.Equal("Save changes?\tÄnderungen speichern?\tapproved\nClose.\tZu.\trejected\nOpen.\tÖffnen.\ttranslated\n", text);
    }

    [Fact]
    public async Task WriteAsync_TabsNewlinesAndBackslashes_AreEscaped()
    {
        var text = await WriteAsync(Segment("1", "Path:\tC:\\Temp\nNext line", "Pfad:\tC:\\Temp\r\nNächste Zeile", SegmentState.Translated));

        Assert.Equal("Path:\\tC:\\\\Temp\\nNext line\tPfad:\\tC:\\\\Temp\\r\\nNächste Zeile\n", text);
    }

    [Fact]
    public async Task WriteAsync_InlineCodes_WritesTheirPlainText()
    {
        var bold = new InlineCode(InlineCodeKind.Opening, "1", "g", InlineCode.NoAttributes);
        var end = new InlineCode(InlineCodeKind.Closing, "1", "g", InlineCode.NoAttributes);
        var segment = new Segment("1",
            new SegmentContent([new TextRun("Click "), bold, new TextRun("Save"), end, new TextRun(".")]),
            SegmentContent.FromText("Klicken Sie auf Speichern."),
            SegmentState.Translated);

        Assert.Equal("Click Save.\tKlicken Sie auf Speichern.\n", await WriteAsync(segment));
    }

    [Fact]
    public async Task WriteThenRead_TrickyText_RoundTrips()
    {
        Segment[] segments =
        [
            Segment("1", "Column A\tColumn B", "Spalte A\tSpalte B", SegmentState.Approved),
            Segment("2", "Line one\nLine two", null, SegmentState.New),
            Segment("3", @"Escape \t literally and \\ too", @"Escape \t wörtlich und \\ auch", SegmentState.NeedsReview),
            Segment("4", "", "Added by the translator.", SegmentState.Translated),
        ];
        using var output = new MemoryStream();
        await new TsvWriter().WriteAsync(new BilingualDocument("doc", "en", "de", segments), output, CancellationToken.None);
        output.Position = 0;

        var read = await new TsvReader().ReadAsync(output, "doc.tsv", ReadOptions.Default, CancellationToken.None);

        Assert.Equal(segments.Select(s => (s.Source.PlainText, s.Target?.PlainText, s.State)),
            read.Segments.Select(s => (s.Source.PlainText, s.Target?.PlainText, s.State)));
    }
}
