using TranslationReview.Web.Services;

namespace TranslationReview.Web.Tests.Services;

public sealed class ExportServiceTests
{
    [Theory]
    [InlineData("source.ru.txt", "xliff", "source.ru.xlf")]
    [InlineData("report.xlf", "xliff12", "report.xliff12.xlf")]
    [InlineData("memory.tmx", "tmx", "memory.tmx")]
    [InlineData("draft/v2.tsv", "tsv", "v2.tsv")]
    [InlineData("source.uk.txt", "txt", "source.uk.target.txt")]
    public void FileNameFor_DocumentAndFormat_GivesADownloadName(string document, string format, string expected)
    {
        var name = ExportService.FileNameFor(document, ExportFormat.Find(format)!);

        Assert.Equal(expected, name);
    }
}
