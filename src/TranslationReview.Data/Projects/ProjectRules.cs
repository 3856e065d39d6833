namespace TranslationReview.Data.Projects;

/// <summary>What a new project must satisfy; each failure is a message the user can act on.</summary>
internal static class ProjectRules
{
    public const int MaxNameLength = 200;

    /// <summary>Returns the trimmed name and tags, or throws <see cref="ReviewValidationException"/>.</summary>
    public static (string Name, string Source, string Target) Validate(string? name, string? sourceLanguage, string? targetLanguage)
    {
        var trimmedName = name?.Trim() ?? string.Empty;
        if (trimmedName.Length == 0)
        {
            throw new ReviewValidationException("Enter a project name.");
        }

        if (trimmedName.Length > MaxNameLength)
        {
            throw new ReviewValidationException($"The project name is too long: keep it under {MaxNameLength} characters.");
        }

        var source = Tag(sourceLanguage, "source");
        var target = Tag(targetLanguage, "target");
        if (string.Equals(source, target, StringComparison.OrdinalIgnoreCase))
        {
            throw new ReviewValidationException($"The source and target languages are both '{source}': choose two different languages.");
        }

        return (trimmedName, source, target);
    }

    private static string Tag(string? tag, string side)
    {
        var trimmed = tag?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new ReviewValidationException($"Enter the {side} language as a BCP 47 tag, for example 'uk' or 'en-US'.");
        }

        if (!LanguageTagRule.IsValid(trimmed))
        {
            throw new ReviewValidationException(
                $"'{trimmed}' is not a BCP 47 language tag: enter the {side} language like 'uk', 'en-US' or 'sr-Latn' (hyphens, not underscores).");
        }

        return trimmed;
    }
}
