using System.Net;

namespace TranslationReview.Web.Tests.Hosting;

public sealed class FirstRunTests
{
    [Fact]
    public async Task AnyPage_NoAccountYet_RedirectsToSetup()
    {
        using var factory = new WorkbenchFactory();
        using var client = factory.CreateBrowser();

        var response = await client.GetAsync("/projects");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/setup", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Setup_FirstAccount_SignsInAndOpensProjects()
    {
        using var factory = new WorkbenchFactory();
        using var client = factory.CreateBrowser();

        var setup = await Accounts.SetUpAsync(client);
        var projects = await client.GetAsync(setup.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, setup.StatusCode);
        Assert.Equal(HttpStatusCode.OK, projects.StatusCode);
        Assert.Contains(Accounts.Email, await projects.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_AfterFirstAccount_IsClosed()
    {
        using var factory = new WorkbenchFactory();
        using var first = await Accounts.SignedInAsync(factory);
        using var stranger = factory.CreateBrowser();

        var response = await stranger.GetAsync("/setup");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("account/login", response.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Setup_WeakPassword_ShowsTheRuleAndCreatesNoAccount()
    {
        using var factory = new WorkbenchFactory();
        using var client = factory.CreateBrowser();

        var response = await FormPost.SubmitAsync(client, "/setup", "setup", new Dictionary<string, string>
        {
            ["Input.Email"] = Accounts.Email,
            ["Input.Password"] = "password",
            ["Input.ConfirmPassword"] = "password",
        });
        var again = await client.GetAsync("/projects");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Passwords must have at least one", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/setup", again.Headers.Location?.OriginalString);
    }
}
