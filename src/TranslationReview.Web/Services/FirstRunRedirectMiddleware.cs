using Microsoft.AspNetCore.Components.Endpoints;

namespace TranslationReview.Web.Services;

/// <summary>Sends every page request to /setup while no account exists (static files and the setup page pass).</summary>
public sealed class FirstRunRedirectMiddleware
{
    public const string SetupPath = "/setup";

    private readonly RequestDelegate _next;

    public FirstRunRedirectMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context, FirstRunGate gate)
    {
        var isPage = context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
        if (isPage
            && !context.Request.Path.StartsWithSegments(SetupPath, StringComparison.OrdinalIgnoreCase)
            && !await gate.HasUsersAsync(context.RequestAborted).ConfigureAwait(false))
        {
            context.Response.Redirect(SetupPath);
            return;
        }

        await _next(context).ConfigureAwait(false);
    }
}
