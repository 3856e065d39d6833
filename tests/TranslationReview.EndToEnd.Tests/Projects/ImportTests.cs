using System.Globalization;
using TranslationReview.EndToEnd.Tests.Browser;
using TranslationReview.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace TranslationReview.EndToEnd.Tests.Projects;

[Collection(BrowserJourneys.Name)]
public sealed class ImportTests(WorkbenchFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Import_BilingualFileAndTextPair_ListsBothDocumentsWithTheirSegmentCounts()
    {
        var source = Engine.SamplePath("kharkiv-uk-en", "source.uk.txt");
        var target = Engine.SamplePath("kharkiv-uk-en", "target.en.txt");
        var aligned = await Engine.AlignAsync(source, target, "uk", "en");
        await using var session = await fixture.OpenSignedInAsync();

        await session.RunAsync(output, async page =>
        {
            await page.CreateProjectAsync("Kharkiv news " + Guid.NewGuid().ToString("N")[..6], "uk", "en");
            await Expect(page.GetByText("No documents yet.")).ToBeVisibleAsync();

            await page.ImportBilingualAsync("bridge.xlf", SampleFiles.BridgeXliff2());
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Imported bridge.xlf." })).ToBeVisibleAsync();
            await Expect(page.DocumentRow("bridge.xlf").GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("3");

            await page.ImportTextPairAsync(source, target);
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Imported source.uk.txt." })).ToBeVisibleAsync();
            await Expect(page.DocumentRow("source.uk.txt").GetByRole(AriaRole.Cell).Nth(2))
                .ToHaveTextAsync(aligned.Segments.Count.ToString(CultureInfo.InvariantCulture));
            await Expect(page.DocumentRow("bridge.xlf").GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("3");
        });
    }

    [Fact]
    public async Task Import_MalformedXliff_ShowsTheEnginesErrorAndAddsNoDocument()
    {
        var engineError = await Engine.ErrorOfAsync("broken.xlf", SampleFiles.BrokenXliff2());
        Assert.Matches(@"^broken\.xlf:\d+:\d+: ", engineError);
        await using var session = await fixture.OpenSignedInAsync();

        await session.RunAsync(output, async page =>
        {
            await page.CreateProjectAsync("Bridge news " + Guid.NewGuid().ToString("N")[..6], "uk", "en");
            await page.ImportBilingualAsync("bridge.xlf", SampleFiles.BridgeXliff2());
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Imported bridge.xlf." })).ToBeVisibleAsync();

            await page.ImportBilingualAsync("broken.xlf", SampleFiles.BrokenXliff2());

            var alert = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "The import failed" });
            await Expect(alert).ToContainTextAsync("The import failed; the project is unchanged.");
            await Expect(alert).ToContainTextAsync(engineError);
            var documents = page.GetByRole(AriaRole.Table, new() { Name = "Documents" });
            await Expect(documents.GetByRole(AriaRole.Link, new() { Name = "broken.xlf" })).ToHaveCountAsync(0);
            await Expect(documents.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        });
    }
}
