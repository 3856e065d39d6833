namespace TranslationReview.Web.Services;

/// <summary>An account as the Users page lists it.</summary>
public sealed record UserAccount(string Email, string DisplayName, IReadOnlyList<string> Roles);
