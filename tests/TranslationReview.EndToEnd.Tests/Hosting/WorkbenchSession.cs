namespace TranslationReview.EndToEnd.Tests.Hosting;

/// <summary>One browser context (its own cookies) with one page on the running workbench.</summary>
public sealed class WorkbenchSession : IAsyncDisposable
{
    public WorkbenchSession(IBrowserContext context, IPage page, WorkbenchProcess app)
    {
        Context = context;
        Page = page;
        App = app;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public WorkbenchProcess App { get; }

    public static async Task<WorkbenchSession> OpenAsync(IBrowser browser, WorkbenchProcess app, string? storageState = null)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            StorageState = storageState,
            AcceptDownloads = true,
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        return new WorkbenchSession(context, await context.NewPageAsync(), app);
    }

    /// <summary>Runs a journey; when it fails, the test output gets the page's address, its visible text and the app's log.</summary>
    public async Task RunAsync(ITestOutputHelper output, Func<IPage, Task> journey)
    {
        try
        {
            await journey(Page);
        }
        catch (Exception)
        {
            output.WriteLine($"Failed on {Page.Url}");
            try
            {
                var text = await Page.Locator("body").InnerTextAsync(new LocatorInnerTextOptions { Timeout = 2000 });
                output.WriteLine("--- page text ---");
                output.WriteLine(text.Length > 4000 ? text[..4000] : text);
            }
            catch (PlaywrightException)
            {
                output.WriteLine("(the page text could not be read)");
            }

            output.WriteLine(App.DescribeLog());
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
