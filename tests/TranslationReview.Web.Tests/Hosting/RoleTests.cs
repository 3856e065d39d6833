using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Tests.Hosting;

public sealed class RoleTests
{
    private const string ReviewerEmail = "petro@example.org";
    private const string ReviewerPassword = "Petro-Review-1";

    [Fact]
    public async Task UsersPage_Reviewer_IsDenied()
    {
        using var factory = new WorkbenchFactory(new Dictionary<string, string?> { ["TranslationReview:ImportSamplesOnEmptyDatabase"] = "false" });
        using var admin = await Accounts.SignedInAsync(factory);
        await CreateReviewerAsync(factory);
        using var reviewer = factory.CreateBrowser();
        await LogInAsReviewerAsync(reviewer);

        var users = await reviewer.GetAsync("/users");
        var projects = await reviewer.GetAsync("/projects");

        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        Assert.Contains("/account/access-denied", users.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, projects.StatusCode);
    }

    [Fact]
    public async Task UsersPage_Administrator_Opens()
    {
        using var factory = new WorkbenchFactory(new Dictionary<string, string?> { ["TranslationReview:ImportSamplesOnEmptyDatabase"] = "false" });
        using var admin = await Accounts.SignedInAsync(factory);

        var users = await admin.GetAsync("/users");

        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
    }

    [Fact]
    public async Task CreateAccount_TakenEmail_IsRefusedWithAReason()
    {
        using var factory = new WorkbenchFactory(new Dictionary<string, string?> { ["TranslationReview:ImportSamplesOnEmptyDatabase"] = "false" });
        await CreateReviewerAsync(factory);

        await using var scope = factory.Services.CreateAsyncScope();
        var again = await scope.ServiceProvider.GetRequiredService<UserAccountService>()
            .CreateAsync(ReviewerEmail, "Petro again", ReviewerPassword, WorkbenchRoles.Translator, CancellationToken.None);

        Assert.False(again.Succeeded);
        Assert.Contains(again.Errors, e => e.Contains(ReviewerEmail, StringComparison.Ordinal));
    }

    private static async Task CreateReviewerAsync(WorkbenchFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAccountService>()
            .CreateAsync(ReviewerEmail, "Petro", ReviewerPassword, WorkbenchRoles.Reviewer, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    private static async Task LogInAsReviewerAsync(HttpClient client)
    {
        var login = await FormPost.SubmitAsync(client, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = ReviewerEmail,
            ["Input.Password"] = ReviewerPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }
}
