using System.Net;

namespace TranslationReview.Web.Tests.Hosting;

/// <summary>The first-run account every signed-in test uses.</summary>
internal static class Accounts
{
    public const string Email = "lead@example.org";
    public const string Password = "Review-2026!";

    public static Task<HttpResponseMessage> SetUpAsync(HttpClient client) =>
        FormPost.SubmitAsync(client, "/setup", "setup", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Lead Reviewer",
            ["Input.Email"] = Email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });

    public static Task<HttpResponseMessage> LogInAsync(HttpClient client, string password = Password) =>
        FormPost.SubmitAsync(client, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = Email,
            ["Input.Password"] = password,
        });

    public static async Task<HttpClient> SignedInAsync(WorkbenchFactory factory)
    {
        var client = factory.CreateBrowser();
        var setup = await SetUpAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, setup.StatusCode);
        return client;
    }
}
