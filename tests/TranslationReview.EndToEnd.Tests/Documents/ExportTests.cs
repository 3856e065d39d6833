using TranslationReview.EndToEnd.Tests.Browser;
using TranslationReview.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace TranslationReview.EndToEnd.Tests.Documents;

[Collection(BrowserJourneys.Name)]
public sealed class ExportTests(WorkbenchFixture fixture, ITestOutputHelper output)
{
    [Theory]
    [InlineData("XLIFF 2.1", ".xlf")]
    [InlineData("TSV (source, target)", ".tsv")]
    public async Task Export_AfterEditingATarget_DownloadsAFileTheEngineReadsWithTheEdit(string format, string extension)
    {
        const string edited = "The city council approved two reconstruction projects.";
        var folder = Directory.CreateTempSubdirectory("trv-e2e-export-");
        await using var session = await fixture.OpenSignedInAsync();

        try
        {
            await session.RunAsync(output, async page =>
            {
                await page.OpenNewDocumentAsync("library.tsv", SampleFiles.LibraryTsv());
                await page.Segment(1).Cell(2).ClickAsync();
                await page.GetByRole(AriaRole.Textbox, new() { Name = "Target of segment 1" }).FillAsync(edited);
                await page.Segment(1).GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
                await Expect(page.GetByText("Saved segment 1.")).ToBeVisibleAsync();

                await page.GetByText("Export", new() { Exact = true }).ClickAsync();
                var link = page.GetByRole(AriaRole.List, new() { Name = "Export formats" }).GetByRole(AriaRole.Link, new() { Name = format });
                var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
                Assert.EndsWith(extension, download.SuggestedFilename, StringComparison.Ordinal);
                var path = Path.Combine(folder.FullName, download.SuggestedFilename);
                await download.SaveAsAsync(path);

                var exported = await Engine.LoadAsync(path);
                Assert.Equal(SampleFiles.LibraryRows.Length, exported.Segments.Count);
                Assert.Equal(edited, exported.Segments[0].Target?.PlainText);
                Assert.Equal(SampleFiles.LibraryRows[1].Target, exported.Segments[1].Target?.PlainText);
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
