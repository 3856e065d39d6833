namespace TranslationReview.EndToEnd.Tests.Hosting;

/// <summary>Launches Debian's Chromium (never a downloaded browser) the way every browser test and benchmark uses it.</summary>
public static class Chromium
{
    /// <summary>Debian's package; scripts/test.sh installs it when missing.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's chromium package (apt-get install chromium), or run scripts/test.sh, which does.");
        }

        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        });
    }
}
