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
        var input = await page.GetByLabel("Bilingual file", new() { Exact = true }).WhenLiveAsync();
        await input.SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/octet-stream", Buffer = content });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
    }

    /// <summary>On a project page: uploads a source and a target text to be segmented and aligned, and presses Import.</summary>
    public static async Task ImportTextPairAsync(this IPage page, string sourcePath, string targetPath)
    {
        var pair = await page.GetByRole(AriaRole.Radio, new() { Name = "Source and target plain-text files" }).WhenLiveAsync();
        await pair.CheckAsync();
        await (await page.GetByLabel("Source text", new() { Exact = true }).WhenLiveAsync()).SetInputFilesAsync(sourcePath);
        await (await page.GetByLabel("Target text", new() { Exact = true }).WhenLiveAsync()).SetInputFilesAsync(targetPath);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
    }

    /// <summary>The row of a document in the project's document table.</summary>
    public static ILocator DocumentRow(this IPage page, string documentName) =>
        page.GetByRole(AriaRole.Table, new() { Name = "Documents" }).GetByRole(AriaRole.Row)
            .Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = documentName, Exact = true }) });

    /// <summary>Creates a project, imports a bilingual file into it and opens the document's grid.</summary>
    public static async Task OpenNewDocumentAsync(this IPage page, string projectName, string sourceLanguage, string targetLanguage, string fileName, byte[] content)
    {
        await page.CreateProjectAsync(projectName, sourceLanguage, targetLanguage);
        await page.ImportBilingualAsync(fileName, content);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Imported {fileName}." })).ToBeVisibleAsync();
        await page.DocumentRow(fileName).GetByRole(AriaRole.Link, new() { Name = fileName, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = fileName })).ToBeVisibleAsync();
        await page.Segment(1).GetByRole(AriaRole.Button, new() { Name = "Actions for segment 1" }).WhenLiveAsync();
    }

    /// <summary>The grid row of the segment numbered <paramref name="position"/>.</summary>
    public static ILocator Segment(this IPage page, int position) =>
        page.GetByRole(AriaRole.Grid, new() { Name = "Segments" }).GetByRole(AriaRole.Row, new() { Name = $"Segment {position}", Exact = true });

    /// <summary>A cell of a segment row: 0 number, 1 source, 2 target, 3 state, 4 confidence.</summary>
    public static ILocator Cell(this ILocator row, int index) => row.GetByRole(AriaRole.Gridcell).Nth(index);

    /// <summary>Reloads the page and waits until the grid is interactive again.</summary>
    public static async Task ReloadGridAsync(this IPage page)
    {
        await page.ReloadAsync();
        await page.Segment(1).GetByRole(AriaRole.Button, new() { Name = "Actions for segment 1" }).WhenLiveAsync();
    }
}
