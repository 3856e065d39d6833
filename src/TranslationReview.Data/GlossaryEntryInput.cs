using TranslationReview.Core.Terminology;

namespace TranslationReview.Data;

/// <summary>An entry as a person types it or a file gives it, before it is saved.</summary>
/// <param name="SourceTerm">The source term.</param>
/// <param name="TargetTerms">Accepted renderings, preferred first.</param>
/// <param name="ForbiddenTerms">Renderings the translation must not use.</param>
/// <param name="Type">What the entry names.</param>
/// <param name="Note">A note for the translator, or null.</param>
public sealed record GlossaryEntryInput(string SourceTerm, IReadOnlyList<string> TargetTerms, IReadOnlyList<string> ForbiddenTerms, GlossaryEntryType Type, string? Note)
{
    /// <summary>The longest term or note kept.</summary>
    public const int MaxTermLength = 400;

    /// <summary>Splits renderings typed as one line, separated by <c>|</c> (as in the glossary CSV).</summary>
    public static IReadOnlyList<string> SplitTerms(string? text) =>
        (text ?? string.Empty).Split(ProjectGlossaryEntry.TermSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The same input trimmed, with empty and repeated renderings dropped.</summary>
    public GlossaryEntryInput Normalized() => this with
    {
        SourceTerm = (SourceTerm ?? string.Empty).Trim(),
        TargetTerms = Clean(TargetTerms),
        ForbiddenTerms = Clean(ForbiddenTerms),
        Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(),
    };

    /// <summary>What is wrong with the input, each fit to show the user; empty when it can be saved.</summary>
    public IReadOnlyList<string> Validate()
    {
        var input = Normalized();
        var problems = new List<string>();
        if (input.SourceTerm.Length == 0)
        {
            problems.Add("Enter the source term.");
        }
        else if (input.SourceTerm.Length > MaxTermLength)
        {
            problems.Add($"The source term is too long: keep it under {MaxTermLength} characters.");
        }

        if (input.SourceTerm.Contains(ProjectGlossaryEntry.TermSeparator, StringComparison.Ordinal))
        {
            problems.Add("The source term contains '|', which separates renderings: enter one source term per entry.");
        }

        if (input.TargetTerms.Concat(input.ForbiddenTerms).Any(t => t.Length > MaxTermLength))
        {
            problems.Add($"A rendering is too long: keep each under {MaxTermLength} characters.");
        }

        if (input.TargetTerms.Count == 0 && input.ForbiddenTerms.Count == 0)
        {
            problems.Add("Enter at least one accepted or one forbidden rendering.");
        }

        foreach (var both in input.TargetTerms.Intersect(input.ForbiddenTerms, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"'{both}' is both accepted and forbidden: keep it in one list.");
        }

        if (!Enum.IsDefined(input.Type))
        {
            problems.Add($"'{input.Type}' is not an entry type: choose person, place, title, organization or term.");
        }

        if (input.Note is { Length: > 4000 })
        {
            problems.Add("The note is too long: keep it under 4,000 characters.");
        }

        return problems;
    }

    private static string[] Clean(IReadOnlyList<string>? terms) =>
        [.. (terms ?? []).Select(t => (t ?? string.Empty).Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];
}
