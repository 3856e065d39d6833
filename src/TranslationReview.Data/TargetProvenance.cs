namespace TranslationReview.Data;

/// <summary>What a translation is called and where it came from, given by the person who imports it.</summary>
/// <param name="Label">For example "MT engine A", "Draft" or "Human revision"; at most <see cref="MaxLabelLength"/> characters.</param>
/// <param name="Origin">Imported, machine translation or human translation.</param>
public sealed record TargetProvenance(string Label, TargetOrigin Origin)
{
    /// <summary>The longest label the database keeps.</summary>
    public const int MaxLabelLength = 300;

    /// <summary>The label and origin of a translation nobody named: "Imported".</summary>
    public static TargetProvenance Imported { get; } = new("Imported", TargetOrigin.Imported);

    /// <summary>The same provenance with the label trimmed, after checking it can be stored.</summary>
    /// <exception cref="ReviewValidationException">The label is blank, too long, or the origin unknown.</exception>
    internal TargetProvenance Validated()
    {
        var label = Label?.Trim() ?? "";
        if (label.Length == 0)
        {
            throw new ReviewValidationException("Give the translation a label, for example \"MT engine A\" or \"Human revision\".");
        }

        if (label.Length > MaxLabelLength)
        {
            throw new ReviewValidationException($"The label is {label.Length} characters long; use at most {MaxLabelLength}.");
        }

        if (!Enum.IsDefined(Origin))
        {
            throw new ReviewValidationException($"'{Origin}' is not an origin of a translation.");
        }

        return this with { Label = label };
    }
}
