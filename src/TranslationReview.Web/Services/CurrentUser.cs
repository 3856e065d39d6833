using Microsoft.AspNetCore.Components.Authorization;

namespace TranslationReview.Web.Services;

/// <summary>The signed-in user's name, recorded on every change they make.</summary>
public sealed class CurrentUser
{
    private readonly AuthenticationStateProvider _authentication;

    public CurrentUser(AuthenticationStateProvider authentication) => _authentication = authentication;

    public async Task<string> NameAsync()
    {
        var state = await _authentication.GetAuthenticationStateAsync().ConfigureAwait(false);
        return state.User.Identity?.Name is { Length: > 0 } name
            ? name
            : throw new InvalidOperationException("No signed-in user: changes need an author.");
    }

    /// <summary>True when the signed-in user holds one of the roles.</summary>
    public async Task<bool> IsInAnyRoleAsync(params string[] roles)
    {
        var state = await _authentication.GetAuthenticationStateAsync().ConfigureAwait(false);
        return roles.Any(state.User.IsInRole);
    }
}
