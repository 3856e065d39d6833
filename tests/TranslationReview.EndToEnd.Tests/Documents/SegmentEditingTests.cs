using TranslationReview.EndToEnd.Tests.Browser;
using TranslationReview.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace TranslationReview.EndToEnd.Tests.Documents;

[Collection(BrowserJourneys.Name)]
public sealed class SegmentEditingTests(WorkbenchFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task EditTargetAndApprove_WithTheKeyboard_PersistAfterReload()
    {
        const string edited = "The city council has announced two reconstruction projects.";
        await using var session = await fixture.OpenSignedInAsync();

        await session.RunAsync(output, async page =>
        {
            await page.OpenNewDocumentAsync("library.tsv", SampleFiles.LibraryTsv());
            var first = page.Segment(1);
            await Expect(first.Cell(3)).ToHaveTextAsync("Translated");

            await first.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            var editor = page.GetByRole(AriaRole.Textbox, new() { Name = "Target of segment 1" });
            await Expect(editor).ToBeFocusedAsync();
            await editor.FillAsync(edited);
            await page.Keyboard.PressAsync("Control+Enter");

            // Saved, and the editor moved on to the next segment.
            await Expect(page.GetByText("Saved segment 1.")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Target of segment 2" })).ToBeFocusedAsync();
            await Expect(first.Cell(2)).ToHaveTextAsync(edited);

            await page.Keyboard.PressAsync("Escape");
            await Expect(page.Segment(2)).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("ArrowUp");
            await Expect(first).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Control+Shift+A");
            await Expect(first.Cell(3)).ToHaveTextAsync("Approved");

            await page.ReloadGridAsync();
            await Expect(page.Segment(1).Cell(2)).ToHaveTextAsync(edited);
            await Expect(page.Segment(1).Cell(3)).ToHaveTextAsync("Approved");
            await Expect(page.Segment(2).Cell(2)).ToHaveTextAsync(SampleFiles.LibraryRows[1].Target);
            await Expect(page.Segment(2).Cell(3)).ToHaveTextAsync("Translated");
        });
    }
}
