using System.Globalization;
using TranslationReview.EndToEnd.Tests.Browser;
using TranslationReview.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace TranslationReview.EndToEnd.Tests.Documents;

[Collection(BrowserJourneys.Name)]
public sealed class AlignmentRepairTests(WorkbenchFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task MergeWithNextThenSplit_AtTheSentenceBoundary_RestoresTheSegmentsAfterReload()
    {
        var (source2, target2, _) = SampleFiles.LibraryRows[1];
        var (source3, target3, _) = SampleFiles.LibraryRows[2];
        await using var session = await fixture.OpenSignedInAsync();

        await session.RunAsync(output, async page =>
        {
            await page.OpenNewDocumentAsync("library.tsv", SampleFiles.LibraryTsv());
            await Expect(page.GridStatus()).ToContainTextAsync("5 segments");

            await page.Segment(2).GetByRole(AriaRole.Button, new() { Name = "Actions for segment 2" }).ClickAsync();
            await page.GetByRole(AriaRole.Menu, new() { Name = "Actions for segment 2" })
                .GetByRole(AriaRole.Menuitem, new() { Name = "Merge with next" }).ClickAsync();

            await Expect(page.Segment(2).Cell(1)).ToHaveTextAsync($"{source2} {source3}");
            await Expect(page.Segment(2).Cell(2)).ToHaveTextAsync($"{target2} {target3}");
            await Expect(page.GridStatus()).ToContainTextAsync("4 segments");
            await Expect(page.Segment(5)).ToHaveCountAsync(0);

            await page.Segment(2).GetByRole(AriaRole.Button, new() { Name = "Actions for segment 2" }).ClickAsync();
            await page.GetByRole(AriaRole.Menu, new() { Name = "Actions for segment 2" })
                .GetByRole(AriaRole.Menuitem, new() { Name = "Split…" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Split segment 2" });
            // The dialog suggests the sentence boundary nearest the middle: after the first sentence and its space.
            await Expect(dialog.GetByText("Source: split after character")).ToHaveTextAsync(
                string.Create(CultureInfo.InvariantCulture, $"Source: split after character {source2.Length + 1}"));
            await Expect(dialog.GetByText("Target: split after character")).ToHaveTextAsync(
                string.Create(CultureInfo.InvariantCulture, $"Target: split after character {target2.Length + 1}"));
            await Expect(dialog).ToContainTextAsync($"{source2} {target2}");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Split", Exact = true }).ClickAsync();

            await Expect(dialog).ToBeHiddenAsync();
            await Expect(page.GridStatus()).ToContainTextAsync("5 segments");
            await page.ReloadGridAsync();
            await Expect(page.Segment(2).Cell(1)).ToHaveTextAsync(source2);
            await Expect(page.Segment(2).Cell(2)).ToHaveTextAsync(target2);
            await Expect(page.Segment(3).Cell(1)).ToHaveTextAsync(source3);
            await Expect(page.Segment(3).Cell(2)).ToHaveTextAsync(target3);
            await Expect(page.Segment(4).Cell(1)).ToHaveTextAsync(SampleFiles.LibraryRows[3].Source);
        });
    }

    [Fact]
    public async Task SplitDialog_ArrowKeysMoveTheSplitPoint_TypingChangesNothing()
    {
        var (source1, _, _) = SampleFiles.LibraryRows[0];
        await using var session = await fixture.OpenSignedInAsync();

        await session.RunAsync(output, async page =>
        {
            await page.OpenNewDocumentAsync("library-keyboard.tsv", SampleFiles.LibraryTsv());
            await page.Segment(1).GetByRole(AriaRole.Button, new() { Name = "Actions for segment 1" }).ClickAsync();
            await page.GetByRole(AriaRole.Menu, new() { Name = "Actions for segment 1" })
                .GetByRole(AriaRole.Menuitem, new() { Name = "Split…" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Split segment 1" });
            var source = dialog.GetByLabel("Source: split after character");
            var label = dialog.GetByText("Source: split after character");
            var suggested = int.Parse((await label.TextContentAsync())!.Split(' ')[^1], CultureInfo.InvariantCulture);

            await source.FocusAsync();
            await source.PressAsync("ArrowLeft");
            await source.PressAsync("ArrowLeft");
            await Expect(label).ToHaveTextAsync(string.Create(CultureInfo.InvariantCulture, $"Source: split after character {suggested - 2}"));
            await source.PressAsync("x");
            await source.PressAsync("Backspace");

            await Expect(source).ToHaveValueAsync(source1);
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
            await Expect(page.GridStatus()).ToContainTextAsync("5 segments");
            await Expect(page.Segment(1).Cell(1)).ToHaveTextAsync(source1);
        });
    }
}
