using static Microsoft.Playwright.Assertions;

namespace TranslationReview.EndToEnd.Tests.Browser;

/// <summary>What a user does again and again — create a project, import, open a document — as one step each.</summary>
public static class WorkbenchSteps
{
    /// <summary>On the Projects page: creates a project and lands on its page, ready to import.</summary>
    public static async Task CreateProjectAsync(this IPage page, string name, string sourceLanguage, string targetLanguage)
    {
        var create = page.GetByRole(AriaRole.Button, new() { Name = "Create project" });
        await page.Locator("form").Filter(new() { Has = create }).WhenLiveAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Source language").FillAsync(sourceLanguage);
        await page.GetByLabel("Target language").FillAsync(targetLanguage);
        await create.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name);
    }

    /// <summary>On a project page: uploads one bilingual file and presses Import (the outcome is for the caller to check).</summary>
    public static async Task ImportBilingualAsync(this IPage page, string fileName, byte[] content)
    {
        var input = await page.GetByLabel("File to import", new() { Exact = true }).WhenLiveAsync();
        await input.SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/octet-stream", Buffer = content });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
    }

    /// <summary>On a project page: uploads a source and a target text to be segmented and aligned, and presses Import.</summary>
    public static async Task ImportTextPairAsync(this IPage page, string sourcePath, string targetPath)
    {
        var pair = await page.GetByRole(AriaRole.Radio, new() { Name = "Plain-text pair" }).WhenLiveAsync();
        await pair.CheckAsync();
        await (await page.GetByLabel("Source text file", new() { Exact = true }).WhenLiveAsync()).SetInputFilesAsync(sourcePath);
        await (await page.GetByLabel("Target text file", new() { Exact = true }).WhenLiveAsync()).SetInputFilesAsync(targetPath);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
    }

    /// <summary>The row of a document in the project's document table.</summary>
    public static ILocator DocumentRow(this IPage page, string documentName) =>
        page.GetByRole(AriaRole.Table, new() { Name = "Documents" }).GetByRole(AriaRole.Row)
            .Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = documentName, Exact = true }) });

    /// <summary>Creates a project, imports a bilingual file into it and opens the document's grid.</summary>
    public static async Task OpenNewDocumentAsync(this IPage page, string fileName, byte[] content, string sourceLanguage = "uk", string targetLanguage = "en")
    {
        await page.CreateProjectAsync(ProjectName(), sourceLanguage, targetLanguage);
        await page.ImportBilingualAsync(fileName, content);
        await page.OpenImportedDocumentAsync(fileName);
    }

    /// <summary>Creates a project, imports a plain-text pair into it and opens the document's grid.</summary>
    public static async Task OpenNewTextPairAsync(this IPage page, string sourcePath, string targetPath, string sourceLanguage, string targetLanguage)
    {
        await page.CreateProjectAsync(ProjectName(), sourceLanguage, targetLanguage);
        await page.ImportTextPairAsync(sourcePath, targetPath);
        await page.OpenImportedDocumentAsync(Path.GetFileName(sourcePath));
    }

    private static async Task OpenImportedDocumentAsync(this IPage page, string documentName)
    {
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Imported {documentName}." })).ToBeVisibleAsync();
        await page.DocumentRow(documentName).GetByRole(AriaRole.Link, new() { Name = documentName, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = documentName })).ToBeVisibleAsync();
        await page.Segment(1).GetByRole(AriaRole.Button, new() { Name = "Actions for segment 1" }).WhenLiveAsync();
    }

    /// <summary>
    /// Opens the target of a segment with Enter, replaces its text, saves with Ctrl+Enter and closes the editor that
    /// moved on to the next segment with Escape, so the focus settles on that next row.
    /// </summary>
    public static async Task EditTargetAsync(this IPage page, int position, string text)
    {
        await page.Segment(position).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var editor = page.GetByRole(AriaRole.Textbox, new() { Name = $"Target of segment {position}" });
        await Expect(editor).ToBeFocusedAsync();
        await editor.FillAsync(text);
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.Segment(position).Cell(2)).ToHaveTextAsync(text);
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = $"Target of segment {position + 1}" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Segment(position + 1)).ToBeFocusedAsync();
    }

    /// <summary>
    /// On a document page: adds another translation of the same source from a file, under a label and an origin, and
    /// waits for the confirmation; returns the panel, which links to the new alternatives.
    /// </summary>
    public static async Task<ILocator> AddTranslationAsync(this IPage page, string path, string label, string origin)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a translation" }).ClickAsync();
        var panel = page.GetByRole(AriaRole.Region, new() { Name = "Add a translation" });
        await panel.GetByLabel("Translation file").SetInputFilesAsync(path);
        await panel.GetByLabel("Translation label").FillAsync(label);
        await panel.GetByLabel("Origin").SelectOptionAsync(new SelectOptionValue { Label = origin });
        await panel.GetByRole(AriaRole.Button, new() { Name = "Add translation", Exact = true }).ClickAsync();
        await Expect(panel.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Added “{label}” to" })).ToBeVisibleAsync();
        return panel;
    }

    /// <summary>On the Projects page: opens the NATO sample's document, imported on first run, and waits until its grid is interactive.</summary>
    public static async Task OpenNatoSampleAsync(this IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("NATO accession") }).First.ClickAsync();
        await page.DocumentRow("source.ru.txt").GetByRole(AriaRole.Link, new() { Name = "source.ru.txt", Exact = true }).ClickAsync();
        await page.Segment(1).GetByRole(AriaRole.Button, new() { Name = "Actions for segment 1" }).WhenLiveAsync();
    }

    private static string ProjectName() => "Review " + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The grid's status line ("5 segments", "1 of 5 segments match").</summary>
    public static ILocator GridStatus(this IPage page) =>
        page.GetByRole(AriaRole.Status).Filter(new() { HasText = "segments" });

    /// <summary>The grid row of the segment numbered <paramref name="position"/>.</summary>
    public static ILocator Segment(this IPage page, int position) =>
        page.GetByRole(AriaRole.Grid, new() { Name = "Segments" }).GetByRole(AriaRole.Row, new() { Name = $"Segment {position}", Exact = true });

    /// <summary>A cell of a segment row: 0 number, 1 source, 2 target, 3 state, 4 confidence.</summary>
    public static ILocator Cell(this ILocator row, int index) => row.GetByRole(AriaRole.Gridcell).Nth(index);

    /// <summary>Opens what this page shows in another tab of the same session and waits until its grid is interactive.</summary>
    public static async Task<IPage> OpenInAnotherTabAsync(this IPage page)
    {
        var other = await page.Context.NewPageAsync();
        await other.GotoAsync(page.Url);
        await other.Segment(1).GetByRole(AriaRole.Button, new() { Name = "Actions for segment 1" }).WhenLiveAsync();
        return other;
    }

    /// <summary>Reloads the page and waits until the grid is interactive again.</summary>
    public static async Task ReloadGridAsync(this IPage page)
    {
        await page.ReloadAsync();
        await page.Segment(1).GetByRole(AriaRole.Button, new() { Name = "Actions for segment 1" }).WhenLiveAsync();
    }
}
