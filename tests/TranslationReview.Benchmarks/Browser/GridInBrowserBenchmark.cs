using System.Diagnostics;
using System.Globalization;
using TranslationReview.EndToEnd.Tests.Browser;
using TranslationReview.EndToEnd.Tests.Hosting;

namespace TranslationReview.Benchmarks.Browser;

/// <summary>
/// Opens a 10,000-segment document in Chromium through the running app and times what a reviewer waits for:
/// navigation start → first rows visible, → the first row's target open for editing after a click, and the scroll
/// from the top to segment 10,000. A Stopwatch/Performance-API console benchmark: BenchmarkDotNet's in-process
/// iterations do not fit a browser driving a separate server.
/// </summary>
public static class GridInBrowserBenchmark
{
    private const int Segments = 10_000;
    private const int Runs = 5;

    // Browser-side timestamps (ms since navigation start), observed on animation frames.
    private const string FirstRowVisible =
        "() => { const r = document.querySelector('[aria-label=\"Segment 1\"]'); return r && r.getBoundingClientRect().height > 0 && performance.now(); }";
    private const string EditorOpen = "() => document.querySelector('textarea.target-editor') && performance.now()";
    private const string ScrollToLast =
        "() => { const s = document.querySelector('[role=grid][aria-label=Segments]'); s.scrollTop = s.scrollHeight; " +
        "const r = document.querySelector('[aria-label=\"Segment 10000\"]'); return r && r.getBoundingClientRect().height > 0 && performance.now(); }";

    public static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        Console.WriteLine($"Machine: {CpuModel()}, {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        await using var app = await WorkbenchProcess.StartAsync("Release", cancellationToken);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(180_000);
        try
        {
            var documentUrl = await ImportAsync(context, cancellationToken);
            var firstRows = new List<double>();
            var interactive = new List<double>();
            var scrolls = new List<double>();
            for (var run = 1; run <= Runs; run++)
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync(documentUrl, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
                firstRows.Add(await TimestampAsync(page, FirstRowVisible));
                var target = page.Locator("[aria-label=\"Segment 1\"] [role=gridcell]").Nth(2);
                await target.ClickAsync();
                interactive.Add(await TimestampAsync(page, EditorOpen));
                await page.Keyboard.PressAsync("Escape");

                var start = await page.EvaluateAsync<double>("() => performance.now()");
                scrolls.Add(await TimestampAsync(page, ScrollToLast) - start);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {run}: first rows {firstRows[^1]:0} ms, first edit open {interactive[^1]:0} ms, scroll to segment 10000 {scrolls[^1]:0} ms"));
                await page.CloseAsync();
            }

            Report("navigation start → first rows visible", firstRows);
            Report("navigation start → row 1 target open for editing (click)", interactive);
            Report("scroll from the top until segment 10000 is visible", scrolls);
            return 0;
        }
        catch (Exception)
        {
            Console.Error.WriteLine(app.DescribeLog());
            throw;
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static async Task<string> ImportAsync(IBrowserContext context, CancellationToken cancellationToken)
    {
        var page = await context.NewPageAsync();
        await Accounts.CreateFirstAccountAsync(page, "bench@example.org", "Bench-2026!");
        var create = page.GetByRole(AriaRole.Button, new() { Name = "Create project" });
        await page.Locator("form").Filter(new() { Has = create }).WhenLiveAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Grid benchmark");
        await page.GetByLabel("Source language").FillAsync("uk");
        await page.GetByLabel("Target language").FillAsync("en");
        await create.ClickAsync();

        var file = Path.Combine(Path.GetTempPath(), "grid-10000.tsv");
        await GeneratedTsv.WriteAsync(file, Segments, cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            await (await page.GetByLabel("File to import", new() { Exact = true }).WhenLiveAsync()).SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Imported grid-10000.tsv." }))
                .ToBeVisibleAsync(new() { Timeout = 180_000 });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Import of {Segments} segments through the page: {clock.Elapsed.TotalSeconds:0.0} s"));
        }
        finally
        {
            File.Delete(file);
        }

        var link = page.GetByRole(AriaRole.Link, new() { Name = "grid-10000.tsv", Exact = true });
        var href = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("The document has no link.");
        await page.CloseAsync();
        return href;
    }

    private static async Task<double> TimestampAsync(IPage page, string condition)
    {
        var handle = await page.WaitForFunctionAsync(condition);
        return await handle.JsonValueAsync<double>();
    }

    private static void Report(string what, List<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: median {sorted[sorted.Count / 2]:0} ms, max {sorted[^1]:0} ms ({sorted.Count} runs)"));
    }

    private static string CpuModel()
    {
        var line = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return line?.Split(':', 2)[1].Trim() ?? "unknown CPU";
    }
}
