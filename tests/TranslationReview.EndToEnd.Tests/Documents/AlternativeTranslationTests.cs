using TranslationReview.EndToEnd.Tests.Browser;
using TranslationReview.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace TranslationReview.EndToEnd.Tests.Documents;

[Collection(BrowserJourneys.Name)]
public sealed class AlternativeTranslationTests(WorkbenchFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task AddTranslation_CorrectedNatoText_ShowsEachRevisedSentenceNextToItsSourceOnTheAlternativesPage()
    {
        var source = Engine.SamplePath("nato-accession-ru-en", "source.ru.txt");
        var machine = Engine.SamplePath("nato-accession-ru-en", "target.mt.en.txt");
        var corrected = Engine.SamplePath("nato-accession-ru-en", "target.corrected.en.txt");
        await using var session = await fixture.OpenSignedInAsync();

        await session.RunAsync(output, async page =>
        {
            await page.OpenNewTextPairAsync(source, machine, "ru", "en");
            await Expect(page.Segment(2).Cell(2)).ToContainTextAsync("Oleksiy Reznikov");

            var panel = await page.AddTranslationAsync(corrected, "Human revision", "Human translation");
            await panel.GetByRole(AriaRole.Link, new() { Name = "Open the alternatives labelled “Human revision”" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Alternatives of source.ru.txt");
            var grid = page.GetByRole(AriaRole.Grid, new() { Name = "Alternatives labelled Human revision" });
            var row = grid.GetByRole(AriaRole.Row).Filter(new() { HasText = "Глава киевского режима Владимир Зеленский" });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.Cell(2)).ToContainTextAsync("Minister of Defense of Ukraine Oleksii Reznikov signed an urgently printed application");
            await Expect(row.Cell(1)).ToContainTextAsync("министр обороны Украины Алексей Резников");
            await Expect(page.GetByLabel("Alternative translation")).ToContainTextAsync("Human revision (Human translation");
        });
    }
}
