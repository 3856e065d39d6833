using TranslationReview.EndToEnd.Tests.Browser;
using TranslationReview.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace TranslationReview.EndToEnd.Tests.Documents;

[Collection(BrowserJourneys.Name)]
public sealed class LiveUpdateTests(WorkbenchFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task EditAndApprove_InOneTab_ShowInTheOtherTabWithoutReload()
    {
        const string edited = "The city council has announced two reconstruction projects.";
        await using var session = await fixture.OpenSignedInAsync();

        await session.RunAsync(output, async page =>
        {
            await page.OpenNewDocumentAsync("library.tsv", SampleFiles.LibraryTsv());
            var other = await page.OpenInAnotherTabAsync();
            await Expect(other.Segment(1).Cell(2)).ToHaveTextAsync(SampleFiles.LibraryRows[0].Target);

            await page.Segment(1).Cell(2).ClickAsync();
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Target of segment 1" }).FillAsync(edited);
            await page.Keyboard.PressAsync("Control+Enter");
            await Expect(page.GetByText("Saved segment 1.")).ToBeVisibleAsync();
            await page.Keyboard.PressAsync("Escape");
            await page.Segment(1).FocusAsync();
            await page.Keyboard.PressAsync("Control+Shift+A");
            await Expect(page.Segment(1).Cell(3)).ToHaveTextAsync("Approved");

            await Expect(other.Segment(1).Cell(2)).ToHaveTextAsync(edited);
            await Expect(other.Segment(1).Cell(3)).ToHaveTextAsync("Approved");
            await Expect(other.GetByRole(AriaRole.Status).Filter(new() { HasText = "Segment 1 was changed by" })).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task ChangeInOneTab_WhileTheOtherIsEditing_KeepsTheTypedTextAndRefreshesAfterSave()
    {
        const string typed = "The book collection was saved in time.";
        await using var session = await fixture.OpenSignedInAsync();

        await session.RunAsync(output, async page =>
        {
            await page.OpenNewDocumentAsync("library.tsv", SampleFiles.LibraryTsv());
            var other = await page.OpenInAnotherTabAsync();
            await other.Segment(3).Cell(2).ClickAsync();
            var editor = other.GetByRole(AriaRole.Textbox, new() { Name = "Target of segment 3" });
            await editor.FillAsync(typed);

            await page.Segment(1).FocusAsync();
            await page.Keyboard.PressAsync("Control+Shift+R");
            await Expect(page.Segment(1).Cell(3)).ToHaveTextAsync("Rejected");

            // The other tab is told, but its open editor and the typed text stay as they were.
            await Expect(other.GetByRole(AriaRole.Status).Filter(new() { HasText = "Segment 1 was changed by" })).ToContainTextAsync("refreshes when you save or cancel");
            await Expect(editor).ToHaveValueAsync(typed);

            await other.Segment(3).GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
            await Expect(other.Segment(3).Cell(2)).ToHaveTextAsync(typed);
            await Expect(other.Segment(1).Cell(3)).ToHaveTextAsync("Rejected");
        });
    }
}
