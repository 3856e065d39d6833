using System.Text;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats;

namespace TranslationReview.Core.Tests.Formats;

/// <summary>
/// Bad input end to end through <see cref="DocumentLoader"/> with the default registry: every case must end in a
/// <see cref="DocumentFormatException"/> naming the file, the position where there is one, and the problem.
/// Hostile XML (XXE, entity expansion) is covered in <see cref="SecureXmlTests"/>, where every XML reader loads.
/// </summary>
public class DocumentLoaderTests
{
    private static readonly DocumentLoader Loader = new(FormatRegistry.CreateDefault());

    private static Task<BilingualDocument> LoadAsync(byte[] bytes, string fileName, ReadOptions? options = null) =>
        Loader.LoadAsync(new MemoryStream(bytes), fileName, options ?? ReadOptions.Default, CancellationToken.None);

    private static async Task<DocumentFormatException> FailsAsync(byte[] bytes, string fileName, ReadOptions? options = null) =>
        await Assert.ThrowsAsync<DocumentFormatException>(() => LoadAsync(bytes, fileName, options));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task LoadAsync_TsvFile_IsReadByContent()
    {
        var document = await LoadAsync(Utf8("Open the file.\tÖffnen Sie die Datei.\nSave it.\tSpeichern Sie sie.\n"), "export.txt",
            new ReadOptions { SourceLanguage = "en", TargetLanguage = "de" });

        Assert.Equal(2, document.Segments.Count);
        Assert.Equal("de", document.TargetLanguage);
    }

    [Fact]
    public async Task LoadAsync_TsvLineWithoutTab_NamesFileAndLine()
    {
        var error = await FailsAsync(Utf8("Open.\tÖffnen.\nSave.\tSpeichern.\nClose Schließen.\n"), "ui.tsv");

        Assert.StartsWith("ui.tsv:3:1: the line has no tab", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_Windows1251BytesInUtf8Tsv_NamesLineColumnAndEncoding()
    {
        // The second target was saved in windows-1251 ("Привет") while the rest is UTF-8.
        var bytes = Utf8("Good morning.\tДоброе утро.\nHello.\t")
            .Concat(Encoding.Latin1.GetBytes("\u00CF\u00F0\u00E8\u00E2\u00E5\u00F2"))
            .Concat(Utf8("\n")).ToArray();

        var error = await FailsAsync(bytes, "greetings.tsv");

        Assert.StartsWith("greetings.tsv:2:8: the text is not valid UTF-8 (byte 0xCF", error.Message, StringComparison.Ordinal);
        Assert.Contains("save it as UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_FileOverTheLimit_IsRefusedBeforeParsing()
    {
        var bytes = Utf8(string.Concat(Enumerable.Repeat("Press the red button.\tDrücken Sie die rote Taste.\n", 200)));

        var error = await FailsAsync(bytes, "big.tsv", new ReadOptions { MaxBytes = 4096 });

        Assert.Equal("big.tsv: the file is larger than the limit of 4096 bytes; split it or raise the limit", error.Message);
    }

    [Fact]
    public async Task LoadAsync_PathOverTheLimit_IsRefusedByItsSize()
    {
        var path = Path.Combine(Path.GetTempPath(), $"trv-{Guid.NewGuid():N}.tsv");
        await File.WriteAllBytesAsync(path, new byte[3 * 1024 * 1024]);
        try
        {
            var error = await Assert.ThrowsAsync<DocumentFormatException>(() =>
                Loader.LoadAsync(path, new ReadOptions { MaxBytes = 2 * 1024 * 1024 }, CancellationToken.None));

            Assert.Equal($"{Path.GetFileName(path)}: the file is larger than the limit of 2 MB; split it or raise the limit", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task LoadAsync_MissingPath_SaysSo()
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(() =>
            Loader.LoadAsync("/no/such/folder/review.xlf", ReadOptions.Default, CancellationToken.None));

        Assert.Equal("/no/such/folder/review.xlf: no such file", error.Message);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData(" \r\n\t\n  ", "the file holds only white space")]
    public async Task LoadAsync_EmptyOrBlankFile_IsRefused(string text, string reason)
    {
        var error = await FailsAsync(Utf8(text), "review.tsv");

        Assert.Equal($"review.tsv: {reason}", error.Message);
    }

    [Fact]
    public async Task LoadAsync_BlankHeadBeforeContent_IsNotCalledBlank()
    {
        var bytes = Utf8(new string('\n', 5000) + "Late start.\tSpäter Anfang.\n");

        var document = await LoadAsync(bytes, "padded.tsv");

        Assert.Equal("Später Anfang.", Assert.Single(document.Segments).Target!.PlainText);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 }, "scan.tsv", "a PNG image")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0x06, 0 }, "project.docx", "a ZIP archive")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "manual.pdf", "a PDF document")]
    public async Task LoadAsync_BinaryFile_IsUnsupportedAndNamed(byte[] bytes, string fileName, string looksLike)
    {
        var error = await FailsAsync(bytes, fileName);

        Assert.StartsWith($"{fileName}: unsupported format: the file looks like {looksLike}", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected XLIFF 1.2, XLIFF 2.x, TMX or TSV", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\n  \"source\": \"Hello\",\n  \"target\": \"Hallo\"\n}\n", "strings.json", "JSON")]
    [InlineData("<html><body>Hello</body></html>", "page.html", "XML with the root element <html>")]
    [InlineData("Dear customer,\nthank you for your order.\n", "letter.txt", "plain text without tabs")]
    [InlineData("Name\tSource\tTarget\tNote\nbtn.ok\tOK\tOK\tbutton\n", "sheet.txt", "text with an uneven number of tabs per line")]
    public async Task LoadAsync_TextOfAnotherKind_IsUnsupportedAndNamed(string text, string fileName, string looksLike)
    {
        var error = await FailsAsync(Utf8(text), fileName);

        Assert.StartsWith($"{fileName}: unsupported format: the file looks like {looksLike};", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task LoadAsync_Utf16WithoutBom_IsNamedWithTheFix(bool bigEndian)
    {
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes("Save the file.\tDatei speichern.\r\n");

        var error = await FailsAsync(bytes, "export.tsv");

        Assert.StartsWith("export.tsv: unsupported format: the file looks like UTF-16 text without a byte order mark (save it as UTF-8",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_Utf16TsvWithInvalidSurrogate_FailsWithPosition()
    {
        // A lone low surrogate (0xDC00) on line 2 is not valid UTF-16.
        var bytes = new byte[] { 0xFF, 0xFE }
            .Concat(Encoding.Unicode.GetBytes("Yes\tJa\nNo\t"))
            .Concat(new byte[] { 0x00, 0xDC })
            .Concat(Encoding.Unicode.GetBytes("\n")).ToArray();

        var error = await FailsAsync(bytes, "answers.tsv");

        Assert.StartsWith("answers.tsv:2:4: the text is not valid UTF-16", error.Message, StringComparison.Ordinal);
    }
}
