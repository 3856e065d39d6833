using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>Knows whether the first account exists yet; until it does, every page leads to the setup page.</summary>
public sealed class FirstRunGate
{
    private readonly IServiceScopeFactory _scopes;
    private volatile bool _hasUsers;

    public FirstRunGate(IServiceScopeFactory scopes) => _scopes = scopes;

    /// <summary>Held while the first account is created, so two browsers cannot both become the administrator.</summary>
    public SemaphoreSlim SetupLock { get; } = new(1, 1);

    public async Task<bool> HasUsersAsync(CancellationToken cancellationToken)
    {
        // Once an account exists it stays the answer: accounts are never all deleted through the app.
        if (_hasUsers)
        {
            return true;
        }

        await using var scope = _scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ReviewUser>>();
        _hasUsers = await users.Users.AnyAsync(cancellationToken).ConfigureAwait(false);
        return _hasUsers;
    }

    public void AccountCreated() => _hasUsers = true;
}
