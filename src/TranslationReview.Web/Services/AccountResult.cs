namespace TranslationReview.Web.Services;

/// <summary>The outcome of creating an account: success, or the reasons it was refused (password rules, a taken email).</summary>
public sealed record AccountResult(bool Succeeded, IReadOnlyList<string> Errors)
{
    public static AccountResult Success { get; } = new(true, []);

    public static AccountResult Failed(IEnumerable<string> errors) => new(false, [.. errors]);
}
