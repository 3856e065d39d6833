namespace TranslationReview.Data;

/// <summary>One earlier target of a segment, as the version list shows it.</summary>
/// <param name="Id">The version's key, to make it current again.</param>
/// <param name="Text">The target as plain text.</param>
/// <param name="Label">For example "Imported" or "Edit by olena@example.org".</param>
/// <param name="Origin">Where the text came from.</param>
/// <param name="Author">Who wrote it, when a person did.</param>
/// <param name="CreatedAt">When it stopped being the current target, or when the alternative was imported.</param>
/// <param name="IsAlternative">True for an imported alternative translation, false for an earlier target.</param>
/// <param name="Confidence">For an alternative: how sure its placement on the segment is (0–1), 1 after a repair.</param>
public sealed record TargetVersionRow(
    long Id, string Text, string Label, TargetOrigin Origin, string? Author, DateTimeOffset CreatedAt, bool IsAlternative = false, double? Confidence = null);
