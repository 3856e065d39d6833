namespace TranslationReview.Core.Checks;

/// <summary>The lower-case names of <see cref="IssueCategory"/> values, as files and <c>trv check</c> write them.</summary>
public static class IssueCategoryNames
{
    private static readonly Dictionary<IssueCategory, string> Names = new()
    {
        [IssueCategory.Name] = "name",
        [IssueCategory.Title] = "title",
        [IssueCategory.Terminology] = "terminology",
        [IssueCategory.Mistranslation] = "mistranslation",
        [IssueCategory.Omission] = "omission",
        [IssueCategory.Addition] = "addition",
        [IssueCategory.Untranslated] = "untranslated",
        [IssueCategory.Number] = "number",
        [IssueCategory.Grammar] = "grammar",
        [IssueCategory.Spelling] = "spelling",
        [IssueCategory.Punctuation] = "punctuation",
        [IssueCategory.Style] = "style",
        [IssueCategory.LocaleConvention] = "locale convention",
        [IssueCategory.Other] = "other",
    };

    /// <summary>The category's name, for example "locale convention".</summary>
    public static string ToName(this IssueCategory category) => Names[category];

    /// <summary>Reads a category name (case-insensitive; "locale-convention" and "localeconvention" also accepted).</summary>
    /// <returns>False when the text names no category.</returns>
    public static bool TryParse(string? text, out IssueCategory category)
    {
        var normalized = (text ?? string.Empty).Trim().Replace('-', ' ').Replace('_', ' ');
        foreach (var (value, name) in Names)
        {
            if (string.Equals(name, normalized, StringComparison.OrdinalIgnoreCase)
                || string.Equals(name.Replace(" ", string.Empty, StringComparison.Ordinal), normalized, StringComparison.OrdinalIgnoreCase))
            {
                category = value;
                return true;
            }
        }

        category = IssueCategory.Other;
        return false;
    }
}
