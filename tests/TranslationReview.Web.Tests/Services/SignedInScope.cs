using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace TranslationReview.Web.Tests.Services;

/// <summary>A service scope of the real workbench in which a named user with one role is signed in, as in a circuit.</summary>
internal static class SignedInScope
{
    public static AsyncServiceScope Create(IServiceProvider services, string name, string role)
    {
        var scope = services.CreateAsyncScope();
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "test");
        var provider = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(identity))));
        return scope;
    }
}
