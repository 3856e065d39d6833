using TranslationReview.EndToEnd.Tests.Browser;
using TranslationReview.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace TranslationReview.EndToEnd.Tests.Documents;

[Collection(BrowserJourneys.Name)]
public sealed class VersionComparisonTests(WorkbenchFixture fixture, ITestOutputHelper output)
{
    private const string Draft = "NATO Secretary General Jens Stoltenberg met Annalena Berbock in Kiev.";
    private const string Revision = "NATO Secretary General Jens Stoltenberg met Annalena Baerbock in Kyiv.";

    private static readonly string NatoSource = Engine.SamplePath("nato-accession-ru-en", "source.ru.txt");
    private static readonly string NatoTarget = Engine.SamplePath("nato-accession-ru-en", "target.mt.en.txt");

    [Fact]
    public async Task VersionsPanel_TargetEditedTwice_DiffsDisagreementAndMakeCurrentPersist()
    {
        await using var session = await fixture.OpenSignedInAsync();

        await session.RunAsync(output, async page =>
        {
            await page.OpenNewTextPairAsync(NatoSource, NatoTarget, "ru", "en");
            var imported = (await page.Segment(1).Cell(2).InnerTextAsync()).Trim();
            await page.EditTargetAsync(1, Draft);
            await page.EditTargetAsync(1, Revision);

            // Ctrl+Shift+V on the row opens the panel: the imported MT, the draft and the current revision.
            await page.Segment(1).FocusAsync();
            await page.Keyboard.PressAsync("Control+Shift+V");
            var panel = page.GetByRole(AriaRole.Dialog, new() { Name = "Versions of segment 1" });
            await Expect(VersionRows(panel)).ToHaveCountAsync(3);
            await Expect(VersionRow(panel, 3)).ToContainTextAsync(Revision);
            await Expect(VersionRow(panel, 3)).ToContainTextAsync("Current");

            // Draft against revision: one inserted letter in Baerbock, Kiev → Kyiv letter by letter.
            await panel.GetByLabel("Version A").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await Expect(panel.Locator(".diff ins")).ToHaveTextAsync(["a", "y"]);
            await Expect(panel.Locator(".diff del")).ToHaveTextAsync(["e"]);
            await Expect(panel.GetByRole(AriaRole.Group, new() { Name = "Side by side" })).ToHaveCountAsync(0);
            await panel.GetByRole(AriaRole.Radio, new() { Name = "Side by side" }).CheckAsync();
            await Expect(panel.GetByRole(AriaRole.Group, new() { Name = "Side by side" }).Locator(".side-text").Nth(0)).ToHaveTextAsync(Draft);

            // The N-way view marks the disputed name in the draft and in the revision.
            var nway = panel.GetByRole(AriaRole.Region, new() { Name = "Where the versions disagree" });
            await Expect(nway.GetByRole(AriaRole.Row)).ToHaveCountAsync(4);
            await Expect(nway.GetByRole(AriaRole.Row).Nth(2).Locator("mark").Filter(new() { HasText = "Berbock" })).ToHaveCountAsync(1);
            await Expect(nway.GetByRole(AriaRole.Row).Nth(3).Locator("mark").Filter(new() { HasText = "Baerbock" })).ToHaveCountAsync(1);

            // Going back to the machine translation keeps the revision as a version.
            await panel.GetByRole(AriaRole.Button, new() { Name = "Make version 1 current" }).ClickAsync();
            await Expect(VersionRows(panel)).ToHaveCountAsync(4);
            await Expect(VersionRow(panel, 3)).ToContainTextAsync(Revision);
            await Expect(VersionRow(panel, 4)).ToContainTextAsync(imported);
            await Expect(page.Segment(1).Cell(2)).ToHaveTextAsync(imported);

            await page.Keyboard.PressAsync("Escape");
            await Expect(panel).ToHaveCountAsync(0);
            await Expect(page.Segment(1)).ToBeFocusedAsync();

            await page.ReloadGridAsync();
            await Expect(page.Segment(1).Cell(2)).ToHaveTextAsync(imported);
            await page.Segment(1).GetByRole(AriaRole.Button, new() { Name = "Versions of segment 1" }).ClickAsync();
            await Expect(VersionRows(panel)).ToHaveCountAsync(4);
            await Expect(VersionRow(panel, 3)).ToContainTextAsync(Revision);
            await Expect(VersionRow(panel, 4)).ToContainTextAsync("Current");
        });
    }

    [Fact]
    public async Task ChangesPage_OneSegmentPostEdited_ShowsItsDiffAndTheDocumentFigures()
    {
        await using var session = await fixture.OpenSignedInAsync();

        await session.RunAsync(output, async page =>
        {
            await page.OpenNewTextPairAsync(NatoSource, NatoTarget, "ru", "en");
            await page.EditTargetAsync(1, Revision);

            await page.GetByRole(AriaRole.Link, new() { Name = "Changes since import" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Changes since the original translation" })).ToBeVisibleAsync();
            var changed = page.GetByRole(AriaRole.List, new() { Name = "Changed segments" }).GetByRole(AriaRole.Listitem);
            await Expect(changed).ToHaveCountAsync(1);
            await Expect(changed.First).ToHaveAccessibleNameAsync("Segment 1");
            await Expect(changed.First.Locator("ins").First).ToBeVisibleAsync();
            var figures = page.GetByRole(AriaRole.Definition);
            await Expect(figures.First).ToHaveTextAsync("1");
        });
    }

    private static ILocator VersionRows(ILocator panel) =>
        panel.GetByRole(AriaRole.Table, new() { Name = "Target versions" }).Locator("tbody").GetByRole(AriaRole.Row);

    private static ILocator VersionRow(ILocator panel, int number) =>
        panel.GetByRole(AriaRole.Table, new() { Name = "Target versions" }).GetByRole(AriaRole.Row, new() { Name = $"Version {number}", Exact = true });
}
