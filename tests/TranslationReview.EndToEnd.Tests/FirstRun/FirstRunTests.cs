using System.Text.RegularExpressions;
using TranslationReview.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace TranslationReview.EndToEnd.Tests.FirstRun;

[Collection(BrowserJourneys.Name)]
public sealed class FirstRunTests(WorkbenchFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task FirstVisit_EmptyWorkbench_CreatesAdministratorAndShowsTheSampleProjects()
    {
        // Its own app: the first visit must meet an empty database.
        await using var app = await WorkbenchProcess.StartAsync();
        await using var session = await WorkbenchSession.OpenAsync(fixture.Browser, app);
        var failedAssets = new List<string>();
        session.Page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failedAssets.Add($"{response.Status} {response.Url}");
            }
        };

        await session.RunAsync(output, async page =>
        {
            await page.GotoAsync("");
            await Expect(page).ToHaveURLAsync(new Regex("/setup$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Create the administrator account" })).ToBeVisibleAsync();

            await Accounts.CreateFirstAccountAsync(page, "first@example.org", "First-Admin-1");

            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log out" })).ToBeVisibleAsync();
            var projects = page.GetByRole(AriaRole.Table, new() { Name = "Projects" });
            await Expect(projects.GetByRole(AriaRole.Link, new() { Name = "NATO accession commentary (ru → en)" })).ToBeVisibleAsync();
            await Expect(projects.GetByRole(AriaRole.Link, new() { Name = "Kharkiv announcement (uk → en)" })).ToBeVisibleAsync();
            await Expect(projects.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
            // The styles arrived: the top bar is dark, as the scoped CSS bundle says.
            await Expect(page.GetByRole(AriaRole.Banner)).ToHaveCSSAsync("background-color", "rgb(31, 42, 55)");

            // Setup is offered only once: with an account in place it sends the visitor on.
            await page.GotoAsync("setup");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Create the administrator account" })).ToBeHiddenAsync();
        });

        Assert.Empty(failedAssets);
    }
}
