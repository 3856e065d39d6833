using static Microsoft.Playwright.Assertions;

namespace TranslationReview.EndToEnd.Tests.Browser;

/// <summary>Selecting words in the grid and working with flags, as a reviewer does it.</summary>
public static class FlagSteps
{
    // The screen rectangle of the words in a segment's text: a Range over its text nodes, as the reviewer sees them.
    private const string WordsBox = """
        (element, words) => {
            const text = element.textContent;
            const start = text.indexOf(words);
            if (start < 0) { return null; }
            const range = document.createRange();
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            let offset = 0, node;
            while ((node = walker.nextNode())) {
                const length = node.textContent.length;
                if (offset <= start && start < offset + length) { range.setStart(node, start - offset); }
                if (offset < start + words.length && start + words.length <= offset + length) { range.setEnd(node, start + words.length - offset); }
                offset += length;
            }
            const rects = [...range.getClientRects()];
            const first = rects[0], last = rects[rects.length - 1];
            return [first.left, first.top + first.height / 2, last.right, last.top + last.height / 2];
        }
        """;

    /// <summary>Drags the mouse over <paramref name="words"/> in a cell (1 source, 2 target) of a segment row.</summary>
    public static async Task SelectWithMouseAsync(this ILocator row, int cell, string words)
    {
        var text = row.Cell(cell).Locator(".segment-text");
        var box = await text.EvaluateAsync<double[]?>(WordsBox, words)
            ?? throw new InvalidOperationException($"“{words}” is not in the segment text.");
        var mouse = row.Page.Mouse;
        await mouse.MoveAsync((float)box[0] + 1, (float)box[1]);
        await mouse.DownAsync();
        await mouse.MoveAsync((float)box[2] - 1, (float)box[3], new() { Steps = 5 });
        await mouse.UpAsync();
    }

    /// <summary>The flag dialog of a segment.</summary>
    public static ILocator FlagDialog(this IPage page, int position) =>
        page.GetByRole(AriaRole.Dialog, new() { Name = $"Flag segment {position}" });

    /// <summary>Fills the dialog's fields and presses Add flag.</summary>
    public static async Task AddFlagAsync(this ILocator dialog, string category, string severity, string suggestion, string comment = "")
    {
        await dialog.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = category });
        await dialog.GetByLabel("Severity").SelectOptionAsync(new SelectOptionValue { Label = severity });
        await dialog.GetByLabel("Suggested correction").FillAsync(suggestion);
        await dialog.GetByLabel("Comment").FillAsync(comment);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add flag" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
    }

    /// <summary>Opens the document's flag list beside the grid.</summary>
    public static async Task<ILocator> OpenFlagListAsync(this IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Flags", Exact = true }).ClickAsync();
        var list = page.GetByRole(AriaRole.List, new() { Name = "Flags in this document" });
        await Expect(list).ToBeAttachedAsync();
        return list;
    }

    /// <summary>The flag list's status line ("2 flags", "1 of 3 flags match", what the last action did).</summary>
    public static ILocator FlagListStatus(this IPage page) =>
        page.GetByRole(AriaRole.Complementary, new() { Name = "Flags" }).GetByRole(AriaRole.Status);
}
