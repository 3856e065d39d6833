namespace TranslationReview.Data;

/// <summary>The names users type for a <see cref="TargetOrigin"/> (in a URL, for example).</summary>
public static class TargetOrigins
{
    /// <summary>Not one origin but what came with a file: an imported target or machine translation.</summary>
    public const string Original = "original";

    /// <summary>The origin named <paramref name="name"/>: its enum name, "mt", "machine" or "human"; case-insensitive. Null otherwise.</summary>
    public static TargetOrigin? TryParse(string? name) => name?.Trim().ToUpperInvariant() switch
    {
        "IMPORTED" or "IMPORT" => TargetOrigin.Imported,
        "MT" or "MACHINE" or "MACHINETRANSLATION" or "MACHINE-TRANSLATION" => TargetOrigin.MachineTranslation,
        "HUMAN" or "HUMANEDIT" or "HUMAN-EDIT" or "EDIT" => TargetOrigin.HumanEdit,
        _ => null,
    };

    /// <summary>How lists show the origin.</summary>
    public static string Describe(TargetOrigin origin) => origin switch
    {
        TargetOrigin.Imported => "Imported",
        TargetOrigin.MachineTranslation => "Machine translation",
        TargetOrigin.HumanEdit => "Human edit",
        _ => origin.ToString(),
    };
}
