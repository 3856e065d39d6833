namespace TranslationReview.Web.Services;

/// <summary>The roles a workbench account can hold.</summary>
public static class WorkbenchRoles
{
    public const string Administrator = "Administrator";
    public const string Reviewer = "Reviewer";
    public const string Translator = "Translator";

    public static IReadOnlyList<string> All { get; } = [Administrator, Reviewer, Translator];
}
