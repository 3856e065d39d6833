using System.Text;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.Tsv;

namespace TranslationReview.Core.Tests.Formats.Tsv;

public class TsvReaderTests
{
    private static readonly TsvReader Reader = new();

    private static Task<BilingualDocument> ReadAsync(byte[] bytes, ReadOptions? options = null, string fileName = "pairs.tsv") =>
        Reader.ReadAsync(new MemoryStream(bytes), fileName, options ?? ReadOptions.Default, CancellationToken.None);

    private static Task<BilingualDocument> ReadAsync(string text, ReadOptions? options = null, string fileName = "pairs.tsv") =>
        ReadAsync(Encoding.UTF8.GetBytes(text), options, fileName);

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public async Task ReadAsync_AnyLineEnding_ReadsEverySegment(string lineEnd)
    {
        var text = $"The contract ends in May.\tDer Vertrag endet im Mai.{lineEnd}Sign here.\tHier unterschreiben.{lineEnd}";

        var document = await ReadAsync(text);

        Assert.Equal(["The contract ends in May.", "Sign here."], document.Segments.Select(s => s.Source.PlainText));
        Assert.Equal(["Der Vertrag endet im Mai.", "Hier unterschreiben."], document.Segments.Select(s => s.Target!.PlainText));
        Assert.All(document.Segments, s => Assert.Equal(SegmentState.Translated, s.State));
        Assert.Equal(["1", "2"], document.Segments.Select(s => s.Id));
    }

    [Fact]
    public async Task ReadAsync_Utf16WithBom_ReadsCyrillic()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Kyiv is the capital.\tКиїв — столиця.\r\n")).ToArray();

        var document = await ReadAsync(bytes);

        Assert.Equal("Київ — столиця.", Assert.Single(document.Segments).Target!.PlainText);
    }

    [Fact]
    public async Task ReadAsync_Utf8WithBom_DoesNotPutTheBomIntoTheFirstSource()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Save\tSpeichern\n")).ToArray();

        var document = await ReadAsync(bytes);

        Assert.Equal("Save", Assert.Single(document.Segments).Source.PlainText);
    }

    [Theory]
    [InlineData(@"Name:\tValue", "Name:\tValue")]
    [InlineData(@"First line\nsecond line", "First line\nsecond line")]
    [InlineData(@"Windows\r\nline end", "Windows\r\nline end")]
    [InlineData(@"Backslash \\ and \\t", @"Backslash \ and \t")]
    [InlineData(@"Open C:\Program Files\Acme", @"Open C:\Program Files\Acme")]
    [InlineData(@"Ends with \", @"Ends with \")]
    public async Task ReadAsync_EscapedSource_Unescapes(string written, string expected)
    {
        var document = await ReadAsync(written + "\tZiel\n");

        Assert.Equal(expected, Assert.Single(document.Segments).Source.PlainText);
    }

    [Theory]
    [InlineData("approved", SegmentState.Approved)]
    [InlineData("Rejected", SegmentState.Rejected)]
    [InlineData("needs-review", SegmentState.NeedsReview)]
    [InlineData("NeedsReview", SegmentState.NeedsReview)]
    [InlineData("new", SegmentState.New)]
    [InlineData("", SegmentState.Translated)]
    public async Task ReadAsync_StateColumn_SetsState(string state, SegmentState expected)
    {
        var document = await ReadAsync($"Delete the file?\tDatei löschen?\t{state}\n");

        Assert.Equal(expected, Assert.Single(document.Segments).State);
    }

    [Fact]
    public async Task ReadAsync_EmptyTarget_IsNewWithoutTarget()
    {
        var document = await ReadAsync("Not translated yet.\t\nTranslated.\tÜbersetzt.\n");

        Assert.Null(document.Segments[0].Target);
        Assert.Equal(SegmentState.New, document.Segments[0].State);
        Assert.Equal(SegmentState.Translated, document.Segments[1].State);
    }

    [Fact]
    public async Task ReadAsync_BlankLines_AreSkipped()
    {
        var document = await ReadAsync("\nOne.\tEins.\n\n   \nTwo.\tZwei.\n\n");

        Assert.Equal(["1", "2"], document.Segments.Select(s => s.Id));
        Assert.Equal("Zwei.", document.Segments[1].Target!.PlainText);
    }

    [Fact]
    public async Task ReadAsync_LanguagesFromOptions_AreUsed()
    {
        var document = await ReadAsync("Hello.\tBonjour.\n", new ReadOptions { SourceLanguage = "en-GB", TargetLanguage = "fr-FR" });

        Assert.Equal("en-GB", document.SourceLanguage);
        Assert.Equal("fr-FR", document.TargetLanguage);
    }

    [Fact]
    public async Task ReadAsync_NoLanguages_AreUndetermined()
    {
        var document = await ReadAsync("Hello.\tBonjour.\n");

        Assert.Equal("und", document.SourceLanguage);
        Assert.Equal("und", document.TargetLanguage);
    }

    [Theory]
    [InlineData("One.\tEins.\nTwo without a tab\n", "pairs.tsv:2:1:", "no tab")]
    [InlineData("One.\tEins.\tapproved\textra\n", "pairs.tsv:1:20:", "too many columns")]
    [InlineData("One.\tEins.\nTwo.\tZwei.\tdone\n", "pairs.tsv:2:12:", "'done' in the third column is not a segment state")]
    public async Task ReadAsync_MalformedLine_FailsNamingFileLineAndColumn(string text, string position, string reason)
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => ReadAsync(text));

        Assert.StartsWith(position, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_OverTheSizeLimit_IsRefused()
    {
        var text = string.Concat(Enumerable.Repeat("A long source sentence.\tEin langer Zielsatz.\n", 100));

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => ReadAsync(text, new ReadOptions { MaxBytes = 1000 }));

        Assert.Contains("larger than the limit of 1000 bytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pairs.txt", "Save\tSpeichern\nOpen\tÖffnen\n", true)]
    [InlineData("pairs.txt", "Save\tSpeichern\tapproved\nOpen\tÖffnen\tnew\n", true)]
    [InlineData("export.csv", "Save\tSpeichern\n", true)]
    [InlineData("pairs.tsv", "Save only\n", true)]
    [InlineData("pairs.tab", "Save only\n", true)]
    [InlineData("notes.txt", "A paragraph without any tab.\nAnother one.\n", false)]
    [InlineData("table.txt", "a\tb\tc\n1\t2\t3\n", false)]
    [InlineData("mixed.txt", "Save\tSpeichern\nno tab here\n", false)]
    [InlineData("doc.xlf", "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\">\t\n", false)]
    [InlineData("doc.tsv", "  <tmx version=\"1.4\">\n", false)]
    [InlineData("image.tsv", "\u0089PNG\r\n\u001a\n\0\0\0\rIHDR\t", false)]
    public void CanRead_ContentAndExtension_DecideTogether(string fileName, string head, bool expected)
    {
        Assert.Equal(expected, Reader.CanRead(fileName, head));
    }

    [Fact]
    public void CanRead_CutOffLastLineOfHead_IsIgnored()
    {
        // The head is the first 4 KB of a file: its last line may stop before the tab.
        var head = "Save\tSpeichern\nOpen\tÖffnen\nA sentence cut off by the head lim";

        Assert.True(Reader.CanRead("pairs.txt", head));
    }
}
