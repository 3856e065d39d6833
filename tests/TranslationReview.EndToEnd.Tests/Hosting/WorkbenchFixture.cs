namespace TranslationReview.EndToEnd.Tests.Hosting;

/// <summary>
/// One running workbench, one Playwright driver and one Chromium for the whole run. The first session creates the
/// administrator account through the setup page; later sessions reuse its sign-in cookies.
/// </summary>
public sealed class WorkbenchFixture : IAsyncLifetime
{
    public const string AdminEmail = "reviewer@example.org";
    public const string AdminPassword = "Review-2026!";

    private Lazy<Task<string>>? _signedIn;

    public WorkbenchProcess App { get; private set; } = default!;

    public IPlaywright Playwright { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        // A slow CI machine needs more than Playwright's default 5 s for an assertion on a page fed by a circuit.
        Assertions.SetDefaultExpectTimeout(20_000);
        App = await WorkbenchProcess.StartAsync();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(Playwright);
    }

    /// <summary>A new browser session signed in as the administrator, on the Projects page.</summary>
    public async Task<WorkbenchSession> OpenSignedInAsync()
    {
        Interlocked.CompareExchange(ref _signedIn, new Lazy<Task<string>>(CreateAdministratorAsync), null);
        var session = await WorkbenchSession.OpenAsync(Browser, App, await _signedIn.Value);
        await session.Page.GotoAsync("projects");
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Name = "Projects", Exact = true })).ToBeVisibleAsync();
        return session;
    }

    // The sign-in cookies of the account created through the setup page, reused by every later session.
    private async Task<string> CreateAdministratorAsync()
    {
        await using var first = await WorkbenchSession.OpenAsync(Browser, App);
        await Accounts.CreateFirstAccountAsync(first.Page, AdminEmail, AdminPassword);
        return await first.Context.StorageStateAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        Playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }
}
