namespace TranslationReview.EndToEnd.Tests.Browser;

/// <summary>
/// Waits until a prerendered Blazor element is live. A server-rendered page looks finished before its circuit has
/// attached the event handlers, and a click or a chosen file in that window is lost — to a user as to a test.
/// </summary>
public static class Interactivity
{
    // Blazor keeps an element's handlers under "_blazorEvents_<renderer>"; InputFile marks its input when it is wired.
    private const string IsLive =
        "el => !el.isConnected || Object.keys(el).some(k => k.startsWith('_blazorEvents_')) || '_blazorInputFileNextFileId' in el";

    /// <summary>Returns once the element has its Blazor handlers (re-resolving it when the circuit replaces the prerendered one).</summary>
    public static async Task<ILocator> WhenLiveAsync(this ILocator locator)
    {
        while (true)
        {
            var element = await locator.ElementHandleAsync();
            await locator.Page.WaitForFunctionAsync(IsLive, element);
            if (await element.EvaluateAsync<bool>("el => el.isConnected"))
            {
                return locator;
            }
        }
    }
}
