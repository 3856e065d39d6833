using System.Text;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Terminology;

namespace TranslationReview.Core.Tests.Terminology;

public class GlossaryLoaderTests
{
    [Fact]
    public async Task LoadAsync_CsvSample_ReadsCsv()
    {
        var glossary = await GlossaryLoader.LoadAsync(TestData.ProjectPath("samples", "kharkiv-uk-en", "glossary.csv"), "uk", "en", CancellationToken.None);

        Assert.Contains(glossary.Entries, e => e.SourceTerm == "Харків" && e.ForbiddenTerms.Contains("Kharkov"));
    }

    [Fact]
    public async Task LoadAsync_TbxFile_ReadsTheRequestedLanguagePair()
    {
        var glossary = await GlossaryLoader.LoadAsync(TestData.PathOf("okapi", "tbx", "medtronic_TBX.tbx"), "fr", "en", CancellationToken.None);

        Assert.Equal(("fr", "en"), (glossary.SourceLanguage, glossary.TargetLanguage));
        Assert.Contains(glossary.Entries, e => e.ForbiddenTerms.Contains("audible notification"));
    }

    [Theory]
    [InlineData("upload.dat", "<?xml version=\"1.0\"?><martif type=\"TBX\"><text><body><termEntry><langSet xml:lang=\"ru\"><tig><term>Киев</term></tig></langSet><langSet xml:lang=\"en\"><tig><term>Kyiv</term></tig></langSet></termEntry></body></text></martif>")]
    [InlineData("terms.txt", "source,target\nКиев,Kyiv\n")]
    [InlineData("terms.tbx.csv", "\uFEFFsource,target\r\nКиев,Kyiv\r\n")]
    public async Task LoadAsync_Stream_PicksTheFormatByContent(string fileName, string content)
    {
        var glossary = await GlossaryLoader.LoadAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(content)), fileName, "ru", "en", ReadOptions.Default, CancellationToken.None);

        var entry = Assert.Single(glossary.Entries);
        Assert.Equal(("Киев", "Kyiv"), (entry.SourceTerm, entry.TargetTerms[0]));
    }

    [Fact]
    public async Task LoadAsync_TbxExtensionWithCsvContent_ReportsTheXmlError()
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => GlossaryLoader.LoadAsync(
            new MemoryStream(Encoding.UTF8.GetBytes("source,target\nКиев,Kyiv\n")), "terms.tbx", "ru", "en", ReadOptions.Default, CancellationToken.None));

        Assert.StartsWith("terms.tbx:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_MissingFile_SaysSo()
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => GlossaryLoader.LoadAsync("no-such-glossary.csv", "ru", "en", CancellationToken.None));

        Assert.Equal("no-such-glossary.csv: no such file", error.Message);
    }
}
