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
    public async Task GlossaryEntry_ForbiddenKharkov_DocumentScoreCountsTheWrongPlaceName()
    {
        await using var session = await fixture.OpenSignedInAsync();

        await session.RunAsync(output, async page =>
        {
            await page.OpenNewTextPairAsync(KharkivSource, KharkivTarget, "uk", "en");
            var documentUrl = page.Url;
            await page.Locator("details.quality > summary").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Run checks" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Checked" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Errors by category: none counted." })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link).Nth(1).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Glossary", Exact = true }).ClickAsync();
            await page.GetByLabel("Source term").FillAsync("Харків");
            await page.GetByLabel("Accepted renderings (separate with |)").FillAsync("Kharkiv");
            await page.GetByLabel("Forbidden renderings (separate with |)").FillAsync("Kharkov");
            await page.GetByLabel("Type").SelectOptionAsync("Place");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add entry" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Glossary entries" })).ToContainTextAsync("Kharkov");

            await page.GotoAsync(documentUrl);
            await page.Locator("details.quality > summary").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Run checks" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Errors by category: name 1." })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Errors by category and severity" })
                .GetByRole(AriaRole.Row, new() { Name = "name 0 1 0 0 1" })).ToBeVisibleAsync();
        });
    }
}
