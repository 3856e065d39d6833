using Microsoft.AspNetCore.Components.Web;

namespace TranslationReview.Web.Components.Shared;

/// <summary>
/// Interactive server rendering without prerendering: a prerendered form accepts typing before the circuit
/// connects and then loses it when the interactive render replaces the page, and a prerendered grid would query
/// the database twice. The pages appear once they can be used.
/// </summary>
public static class NoPrerender
{
    public static InteractiveServerRenderMode Server { get; } = new(prerender: false);
}
