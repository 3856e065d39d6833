using TranslationReview.Web.Components;
using TranslationReview.Web.Services;

var builder = WebApplication.CreateBuilder(args);

// `dotnet run` serves the framework script and the scoped CSS from the build's static web assets manifest, which
// only the Development environment loads by default; a published app has no manifest and this is a no-op.
builder.WebHost.UseStaticWebAssets();
builder.WebHost.UseWorkbenchDefaultUrl(builder.Configuration);

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddWorkbench(builder.Configuration);

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRouting();
app.UseMiddleware<FirstRunRedirectMiddleware>();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapWorkbenchEndpoints();

await app.RunAsync();

/// <summary>The entry point, public so the web tests can host the app.</summary>
public partial class Program;
