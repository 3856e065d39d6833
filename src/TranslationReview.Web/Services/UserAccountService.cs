using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>Local accounts: the first administrator at setup, further reviewers and translators from the Users page.</summary>
public sealed class UserAccountService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly FirstRunGate _gate;

    public UserAccountService(IServiceScopeFactory scopes, FirstRunGate gate)
    {
        _scopes = scopes;
        _gate = gate;
    }

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken)
    {
        // One scope per operation: a circuit lives long, a DbContext should not.
        await using var scope = _scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ReviewUser>>();
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken).ConfigureAwait(false);
        var accounts = new List<UserAccount>(all.Count);
        foreach (var user in all)
        {
            var roles = await users.GetRolesAsync(user).ConfigureAwait(false);
            accounts.Add(new UserAccount(user.Email ?? user.UserName ?? "", user.DisplayName ?? "", [.. roles.Order(StringComparer.Ordinal)]));
        }

        return accounts;
    }

    /// <summary>Creates an account with one role; <see cref="WorkbenchRoles.Administrator"/> only for the first account or by an administrator.</summary>
    public async Task<AccountResult> CreateAsync(string email, string displayName, string password, string role, CancellationToken cancellationToken)
    {
        if (!WorkbenchRoles.All.Contains(role))
        {
            return AccountResult.Failed([$"Unknown role '{role}'."]);
        }

        await using var scope = _scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ReviewUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
        {
            var roleCreated = await roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false);
            if (!roleCreated.Succeeded)
            {
                return AccountResult.Failed(roleCreated.Errors.Select(e => e.Description));
            }
        }

        var user = new ReviewUser { UserName = email.Trim(), Email = email.Trim(), DisplayName = displayName.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, password).ConfigureAwait(false);
        if (!created.Succeeded)
        {
            return AccountResult.Failed(created.Errors.Select(e => e.Description));
        }

        var added = await users.AddToRoleAsync(user, role).ConfigureAwait(false);
        if (!added.Succeeded)
        {
            return AccountResult.Failed(added.Errors.Select(e => e.Description));
        }

        _gate.AccountCreated();
        return AccountResult.Success;
    }
}
