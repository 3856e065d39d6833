using TranslationReview.EndToEnd.Tests.Browser;
using TranslationReview.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace TranslationReview.EndToEnd.Tests.Documents;

/// <summary>
/// A reviewer's whole comparison journey on the NATO sample: a human revision comes in as a second translation, a
/// translator's own draft makes a third version, the diff and N-way views show where they differ, and the revision
/// becomes the target while the machine translation and the draft stay on record.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class SecondTranslationJourneyTests(WorkbenchFixture fixture, ITestOutputHelper output)
{
    private const string Machine = "Oleksiy Reznikov signed an urgently printed request";
    private const string Revised = "Oleksii Reznikov signed an urgently printed application";

    private static readonly string Source = Engine.SamplePath("nato-accession-ru-en", "source.ru.txt");
    private static readonly string MachineFile = Engine.SamplePath("nato-accession-ru-en", "target.mt.en.txt");
    private static readonly string RevisionFile = Engine.SamplePath("nato-accession-ru-en", "target.corrected.en.txt");

    [Fact]
    public async Task SecondTranslation_ComparedAndMadeCurrent_KeepsTheMachineTranslationAndTheDraftAsVersions()
    {
        await using var session = await fixture.OpenSignedInAsync();

        await session.RunAsync(output, async page =>
        {
            await page.OpenNewTextPairAsync(Source, MachineFile, "ru", "en");
            await page.AddTranslationAsync(RevisionFile, "Human revision", "Human translation");
            await Expect(page.Segment(2).Cell(2)).ToContainTextAsync(Machine);

            // The translator's own draft fixes the name only: three versions now disagree.
            var machine = (await page.Segment(2).Cell(2).InnerTextAsync()).Trim();
            var draft = machine.Replace("Oleksiy", "Oleksii", StringComparison.Ordinal);
            await page.EditTargetAsync(2, draft);

            await page.Segment(2).GetByRole(AriaRole.Button, new() { Name = "Versions of segment 2" }).ClickAsync();
            var panel = page.GetByRole(AriaRole.Dialog, new() { Name = "Versions of segment 2" });
            await Expect(Rows(panel)).ToHaveCountAsync(3);
            await Expect(Rows(panel).Filter(new() { HasText = "Human revision" })).ToContainTextAsync(Revised);
            await Expect(CurrentRow(panel)).ToContainTextAsync(draft);

            // Machine translation against the revision: the changed letter of the name and the replaced word.
            await panel.GetByLabel("Version A").SelectOptionAsync(new SelectOptionValue { Label = "2 · Imported" });
            await panel.GetByLabel("Version B").SelectOptionAsync(new SelectOptionValue { Label = "1 · Human revision" });
            await Expect(panel.Locator(".diff del")).ToHaveTextAsync(["y", "request"]);
            await Expect(panel.Locator(".diff ins")).ToContainTextAsync(["i", "application"]);

            // The N-way view marks the disputed word in every version that has it, and the name where it differs.
            var nway = panel.GetByRole(AriaRole.Region, new() { Name = "Where the versions disagree" });
            await Expect(nway.Locator("mark").Filter(new() { HasText = "request" })).ToHaveCountAsync(2);
            await Expect(nway.Locator("mark").Filter(new() { HasText = "application" })).ToHaveCountAsync(1);
            await Expect(nway.Locator("mark").Filter(new() { HasText = "Oleksiy" })).ToHaveCountAsync(1);

            // The revision becomes the target; the draft it replaces is kept with the machine translation.
            await panel.GetByRole(AriaRole.Button, new() { Name = "Make version 1 current" }).ClickAsync();
            await Expect(page.Segment(2).Cell(2)).ToContainTextAsync(Revised);
            await Expect(CurrentRow(panel)).ToContainTextAsync(Revised);
            await Expect(Rows(panel).Filter(new() { HasText = draft })).ToHaveCountAsync(1);
            await Expect(Rows(panel).Filter(new() { HasText = Machine })).ToHaveCountAsync(1);

            await page.ReloadGridAsync();
            await Expect(page.Segment(2).Cell(2)).ToContainTextAsync(Revised);
            await page.Segment(2).GetByRole(AriaRole.Button, new() { Name = "Versions of segment 2" }).ClickAsync();
            await Expect(Rows(panel).Filter(new() { HasText = draft })).ToHaveCountAsync(1);
            await Expect(Rows(panel).Filter(new() { HasText = Machine })).ToHaveCountAsync(1);
        });
    }

    private static ILocator Rows(ILocator panel) =>
        panel.GetByRole(AriaRole.Table, new() { Name = "Target versions" }).Locator("tbody").GetByRole(AriaRole.Row);

    // The current version's row is the one without a "Make current" button.
    private static ILocator CurrentRow(ILocator panel) =>
        Rows(panel).Filter(new() { HasNot = panel.Page.GetByRole(AriaRole.Button, new() { Name = "current" }) });
}
