namespace TranslationReview.Core.Terminology;

/// <summary>The lower-case names of <see cref="GlossaryEntryType"/> values, as the CSV <c>type</c> column and TBX files write them.</summary>
public static class GlossaryEntryTypeNames
{
    private static readonly Dictionary<GlossaryEntryType, string> Names = new()
    {
        [GlossaryEntryType.Term] = "term",
        [GlossaryEntryType.Person] = "person",
        [GlossaryEntryType.Place] = "place",
        [GlossaryEntryType.Title] = "title",
        [GlossaryEntryType.Organization] = "organization",
    };

    /// <summary>Every name, in the order users read them in error messages: person, place, title, organization, term.</summary>
    public static IReadOnlyList<string> All { get; } = ["person", "place", "title", "organization", "term"];

    /// <summary>The type's name, for example "organization".</summary>
    public static string ToName(this GlossaryEntryType type) => Names[type];

    /// <summary>Reads a type name, case-insensitive; "organisation" is accepted too. Empty text means <see cref="GlossaryEntryType.Term"/>.</summary>
    /// <returns>False when the text names no type.</returns>
    public static bool TryParse(string? text, out GlossaryEntryType type)
    {
        var normalized = (text ?? string.Empty).Trim();
        if (normalized.Length == 0)
        {
            type = GlossaryEntryType.Term;
            return true;
        }

        if (normalized.Equals("organisation", StringComparison.OrdinalIgnoreCase))
        {
            type = GlossaryEntryType.Organization;
            return true;
        }

        foreach (var (value, name) in Names)
        {
            if (name.Equals(normalized, StringComparison.OrdinalIgnoreCase))
            {
                type = value;
                return true;
            }
        }

        type = GlossaryEntryType.Term;
        return false;
    }
}
