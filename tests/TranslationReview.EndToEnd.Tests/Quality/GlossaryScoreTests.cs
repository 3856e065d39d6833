using TranslationReview.EndToEnd.Tests.Browser;
using TranslationReview.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace TranslationReview.EndToEnd.Tests.Quality;

[Collection(BrowserJourneys.Name)]
public sealed class GlossaryScoreTests(WorkbenchFixture fixture, ITestOutputHelper output)
{
    private static readonly string KharkivSource = Engine.SamplePath("kharkiv-uk-en", "source.uk.txt");
    private static readonly string KharkivTarget = Engine.SamplePath("kharkiv-uk-en", "target.en.txt");

    [Fact]
    public async Task GlossaryEntry_HouseSpellingOfAPlace_DocumentScoreCountsEveryOccurrence()
    {
        await using var session = await fixture.OpenSignedInAsync();

        await session.RunAsync(output, async page =>
        {
            await page.OpenNewTextPairAsync(KharkivSource, KharkivTarget, "uk", "en");
            var documentUrl = page.Url;
            await page.Locator("details.quality > summary").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Run checks" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Checked" })).ToBeVisibleAsync();
            // The sample's planted errors without a glossary: four names in their Russian form (critical, major, minor, neutral, total).
            await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Errors by category and severity" })
                .GetByRole(AriaRole.Row, new() { Name = "name 0 4 0 0 4" })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link).Nth(1).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Glossary", Exact = true }).ClickAsync();
            // A house rule: the district is translated, not transliterated. Its two occurrences (in the genitive) now count.
            await page.GetByLabel("Source term").FillAsync("Північна Салтівка");
            await page.GetByLabel("Accepted renderings (separate with |)").FillAsync("North Saltivka");
            await page.GetByLabel("Type").SelectOptionAsync("Place");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add entry" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Glossary entries" })).ToContainTextAsync("North Saltivka");

            await page.GotoAsync(documentUrl);
            await page.Locator("details.quality > summary").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Run checks" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Errors by category and severity" })
                .GetByRole(AriaRole.Row, new() { Name = "name 0 6 0 0 6" })).ToBeVisibleAsync();
        });
    }
}
