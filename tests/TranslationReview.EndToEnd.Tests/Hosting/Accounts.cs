namespace TranslationReview.EndToEnd.Tests.Hosting;

/// <summary>The setup page as a user fills it in.</summary>
public static class Accounts
{
    /// <summary>Opens the workbench, lands on the setup page, creates the administrator and ends on the Projects page.</summary>
    public static async Task CreateFirstAccountAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Create the administrator account" })).ToBeVisibleAsync();
        await page.GetByLabel("Your name").FillAsync("Olena Reviewer");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Confirm password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Projects", Exact = true })).ToBeVisibleAsync();
    }
}
