using System.Text;
using TranslationReview.EndToEnd.Tests.Browser;
using TranslationReview.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace TranslationReview.EndToEnd.Tests.Documents;

[Collection(BrowserJourneys.Name)]
public sealed class FlagTests(WorkbenchFixture fixture, ITestOutputHelper output)
{
    // A Russian → English MT where one term ("Совет Федерации", the Federation Council) is mistranslated in two segments.
    private static readonly (string Source, string Target)[] Rows =
    [
        ("Совет Федерации проголосует по договорам во вторник.", "The Council of Federation will vote on the treaties on Tuesday."),
        ("Депутаты обсудили бюджет на следующий год.", "The deputies discussed the budget for next year."),
        ("Совет Федерации одобрил договоры единогласно.", "The Council of Federation approved the treaties unanimously."),
    ];

    private static byte[] Tsv() => Encoding.UTF8.GetBytes(string.Concat(Rows.Select(r => $"{r.Source}\t{r.Target}\ttranslated\n")));

    [Fact]
    public async Task FlagSelectedWords_AddToGlossary_FlagsTheOtherOccurrenceAutomatically()
    {
        await using var session = await fixture.OpenSignedInAsync();

        await session.RunAsync(output, async page =>
        {
            await page.OpenNewDocumentAsync("federation-council.tsv", Tsv(), "ru", "en");

            await page.Segment(1).SelectWithMouseAsync(2, "Council of Federation");
            await page.Segment(1).GetByRole(AriaRole.Button, new() { Name = "Actions for segment 1" }).ClickAsync();
            await page.GetByRole(AriaRole.Menu, new() { Name = "Actions for segment 1" }).GetByRole(AriaRole.Menuitem, new() { Name = "Flag…" }).ClickAsync();
            var dialog = page.FlagDialog(1);
            await Expect(dialog).ToContainTextAsync("Flagged text: “Council of Federation” (characters 5–25)");
            await dialog.AddFlagAsync("terminology", "major", "Federation Council", "The chamber is the Federation Council.");

            await Expect(page.Segment(1).Cell(2).Locator("mark.manual")).ToHaveTextAsync("Council of Federation");
            await Expect(page.Segment(1).GetByRole(AriaRole.Button, new() { Name = "1 flag on segment 1" })).ToBeVisibleAsync();
            await Expect(page.Segment(3).Cell(2).Locator("mark.manual")).ToHaveCountAsync(0);

            var list = await page.OpenFlagListAsync();
            var flag = list.GetByRole(AriaRole.Listitem, new() { Name = "Segment 1: terminology, major, open, “Council of Federation”" });
            await Expect(flag).ToContainTextAsync("Federation Council");
            await flag.GetByRole(AriaRole.Button, new() { Name = "Add to glossary…" }).ClickAsync();
            var form = flag.GetByRole(AriaRole.Group, new() { Name = "Add to glossary from segment 1" });
            await Expect(form.GetByLabel("Correct target")).ToHaveValueAsync("Federation Council");
            await form.GetByLabel("Source term").FillAsync("Совет Федерации");
            await form.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "organization" });
            await form.GetByRole(AriaRole.Button, new() { Name = "Add and re-check" }).ClickAsync();

            await Expect(page.FlagListStatus()).ToContainTextAsync("Added “Совет Федерации” → “Federation Council” to the glossary. The document was re-checked:");
            await Expect(page.FlagListStatus()).Not.ToContainTextAsync("re-checked: 0 new findings");
            // The same mistranslation in segment 3 is now an automatic glossary finding, marked in the grid and listed.
            await Expect(page.Segment(3).Locator("mark.auto").First).ToBeVisibleAsync();
            await Expect(page.Segment(3).GetByRole(AriaRole.Button, new() { NameRegex = new("flags? on segment 3") })).ToBeVisibleAsync();
            await Expect(list.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Check glossary." }).Filter(new() { HasText = "Segment 3" }).First).ToBeVisibleAsync();
            await Expect(page.Segment(2).Locator("mark")).ToHaveCountAsync(0);

            // Correcting segment 3 re-checks it: its automatic mark goes, the reviewer's flag on segment 1 stays.
            await page.Segment(3).Cell(2).ClickAsync();
            var editor = page.GetByRole(AriaRole.Textbox, new() { Name = "Target of segment 3" });
            await editor.FillAsync("The Federation Council approved the treaties unanimously.");
            await editor.PressAsync("Control+Enter");
            await Expect(page.Segment(3).Locator("mark")).ToHaveCountAsync(0);
            await Expect(page.Segment(1).Cell(2).Locator("mark.manual")).ToHaveTextAsync("Council of Federation");
        });
    }

    [Fact]
    public async Task FlagWithKeyboard_DisputeResolveReopenDelete_ListAndMarksFollow()
    {
        await using var session = await fixture.OpenSignedInAsync();

        await session.RunAsync(output, async page =>
        {
            await page.OpenNewDocumentAsync("federation-council-keyboard.tsv", Tsv(), "ru", "en");

            await page.Segment(2).FocusAsync();
            await page.Keyboard.PressAsync("Control+Shift+F");
            var dialog = page.FlagDialog(2);
            await Expect(dialog).ToContainTextAsync("No text selected");
            var text = dialog.GetByLabel("Target text (select the words to flag)");
            await Expect(text).ToBeFocusedAsync();
            // "The deputies discussed the budget for next year." — select "budget" (characters 28–33) with the keyboard.
            await text.PressAsync("Home");
            for (var i = 0; i < 27; i++)
            {
                await text.PressAsync("ArrowRight");
            }

            for (var i = 0; i < 6; i++)
            {
                await text.PressAsync("Shift+ArrowRight");
            }

            await Expect(dialog).ToContainTextAsync("Flagged text: “budget” (characters 28–33)");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Add flag" }).ClickAsync();
            await Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("Choose a category.");
            await Expect(text).ToHaveValueAsync(Rows[1].Target);
            await dialog.AddFlagAsync("style", "minor", "the budget for the next year");
            await Expect(page.Segment(2).Cell(2).Locator("mark")).ToHaveTextAsync("budget");

            var list = await page.OpenFlagListAsync();
            var flag = list.GetByRole(AriaRole.Listitem, new() { Name = "Segment 2: style, minor, open, “budget”" });
            await flag.GetByRole(AriaRole.Button, new() { Name = "Dispute…" }).ClickAsync();
            await flag.GetByRole(AriaRole.Button, new() { Name = "Send dispute" }).ClickAsync();
            await Expect(flag.GetByRole(AriaRole.Alert)).ToContainTextAsync("a dispute needs a comment");
            await flag.GetByLabel("Why the target is right").FillAsync("“Next year” needs no article here.");
            await flag.GetByRole(AriaRole.Button, new() { Name = "Send dispute" }).ClickAsync();

            var disputed = list.GetByRole(AriaRole.Listitem, new() { Name = "Segment 2: style, minor, disputed, “budget”" });
            await Expect(disputed).ToContainTextAsync("“Next year” needs no article here.");
            await disputed.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).ClickAsync();
            var resolved = list.GetByRole(AriaRole.Listitem, new() { Name = "Segment 2: style, minor, resolved, “budget”" });
            await Expect(resolved).ToBeVisibleAsync();
            await Expect(page.Segment(2).Locator("mark")).ToHaveCountAsync(0);

            var statusFilter = page.GetByRole(AriaRole.Group, new() { Name = "Filter flags" }).GetByLabel("Status");
            await statusFilter.SelectOptionAsync(new SelectOptionValue { Label = "open" });
            await Expect(resolved).ToHaveCountAsync(0);
            await statusFilter.SelectOptionAsync(new SelectOptionValue { Label = "resolved" });
            await resolved.GetByRole(AriaRole.Button, new() { Name = "Reopen" }).ClickAsync();
            await Expect(list.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(0);
            await Expect(page.Segment(2).Cell(2).Locator("mark")).ToHaveTextAsync("budget");

            // A flag raised by mistake is withdrawn after a confirmation: gone from the list and from the text.
            await statusFilter.SelectOptionAsync(new SelectOptionValue { Label = "open" });
            var reopened = list.GetByRole(AriaRole.Listitem, new() { Name = "Segment 2: style, minor, open, “budget”" });
            await reopened.GetByRole(AriaRole.Button, new() { Name = "Delete…" }).ClickAsync();
            await reopened.GetByRole(AriaRole.Group, new() { Name = "Delete the flag on segment 2" }).GetByRole(AriaRole.Button, new() { Name = "Delete flag" }).ClickAsync();
            await Expect(page.FlagListStatus()).ToContainTextAsync("Deleted the flag on segment 2.");
            await Expect(list.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(0);
            await Expect(page.Segment(2).Locator("mark")).ToHaveCountAsync(0);
            await page.ReloadGridAsync();
            await Expect(page.Segment(2).Locator("mark")).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task NatoSample_FlagListJumpsToALateSegment_EvenWhenTheGridFilterHidesIt()
    {
        await using var session = await fixture.OpenSignedInAsync();

        await session.RunAsync(output, async page =>
        {
            await page.OpenNatoSampleAsync();
            await page.GetByRole(AriaRole.Search, new() { Name = "Filter segments" }).GetByRole(AriaRole.Checkbox, new() { NameRegex = new("^Approved") }).CheckAsync();
            await Expect(page.Segment(1)).ToHaveCountAsync(0);

            // The sample is checked on import: its glossary catches the Russian name forms, down to the last paragraphs.
            var list = await page.OpenFlagListAsync();
            await Expect(list.GetByRole(AriaRole.Listitem).First).ToBeVisibleAsync();
            // The list renders only the flags in view: scroll to its end to reach the last one.
            await list.EvaluateAsync("list => list.scrollTop = list.scrollHeight");
            // Rendered to the end when the spacer after the items has no height left.
            await page.WaitForFunctionAsync(
                "() => { const list = document.querySelector('[aria-label=\"Flags in this document\"]'); return list.lastElementChild.offsetHeight === 0 && list.scrollTop > 0; }");
            var last = list.GetByRole(AriaRole.Listitem).Last;
            var jump = last.GetByRole(AriaRole.Button, new() { NameRegex = new("^Segment \\d+$") });
            var position = int.Parse((await jump.TextContentAsync())!.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(position > 20, $"The last flag is on segment {position}; expected one near the end of the 41 paragraphs.");
            await jump.ClickAsync();

            await Expect(page.Segment(position)).ToBeInViewportAsync();
            await Expect(page.Segment(position)).ToBeFocusedAsync();
            await Expect(page.GridStatus()).ToContainTextAsync("41 segments");
            await Expect(page.Segment(position).Locator("mark").First).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task NatoSample_FlagBadgeOfARow_NarrowsTheListToThatSegmentUntilShowAll()
    {
        await using var session = await fixture.OpenSignedInAsync();

        await session.RunAsync(output, async page =>
        {
            await page.OpenNatoSampleAsync();

            // Segment 4 carries the "Vladimir Zelensky" finding: its badge opens the list with that segment's flags only.
            await page.Segment(4).GetByRole(AriaRole.Button, new() { NameRegex = new("^\\d+ flags? on segment 4$") }).ClickAsync();
            var list = page.GetByRole(AriaRole.List, new() { Name = "Flags in this document" });
            await Expect(page.FlagListStatus()).ToContainTextAsync("on segment 4");
            var items = list.GetByRole(AriaRole.Listitem);
            await Expect(items.First).ToContainTextAsync("Vladimir");
            var jumps = list.GetByRole(AriaRole.Button, new() { NameRegex = new("^Segment \\d+$") });
            Assert.All(await jumps.AllTextContentsAsync(), text => Assert.Equal("Segment 4", text.Trim()));
            var narrowed = await items.CountAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Show all flags" }).ClickAsync();
            await Expect(page.FlagListStatus()).Not.ToContainTextAsync("on segment 4");
            await Expect(list.GetByRole(AriaRole.Button, new() { Name = "Segment 1", Exact = true }).First).ToBeAttachedAsync();
            Assert.True(await items.CountAsync() > narrowed, "Show all flags lists the other segments' flags again.");
        });
    }
}
