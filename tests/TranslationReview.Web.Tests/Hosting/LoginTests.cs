using System.Net;

namespace TranslationReview.Web.Tests.Hosting;

public sealed class LoginTests
{
    [Fact]
    public async Task ProtectedPage_SignedOut_RedirectsToLogin()
    {
        using var factory = new WorkbenchFactory();
        using var admin = await Accounts.SignedInAsync(factory);
        using var visitor = factory.CreateBrowser();

        var response = await visitor.GetAsync("/projects");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login", response.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Login_RightPassword_OpensProjects()
    {
        using var factory = new WorkbenchFactory();
        using var admin = await Accounts.SignedInAsync(factory);
        using var client = factory.CreateBrowser();

        var login = await Accounts.LogInAsync(client);
        var projects = await client.GetAsync("/projects");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, projects.StatusCode);
    }

    [Fact]
    public async Task Login_WrongPassword_SaysSoAndStaysSignedOut()
    {
        using var factory = new WorkbenchFactory();
        using var admin = await Accounts.SignedInAsync(factory);
        using var client = factory.CreateBrowser();

        var login = await Accounts.LogInAsync(client, "Wrong-password-1");
        var projects = await client.GetAsync("/projects");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("The email or password is not correct.", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, projects.StatusCode);
    }
}
