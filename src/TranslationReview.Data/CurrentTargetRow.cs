namespace TranslationReview.Data;

/// <summary>A segment's current target, described like a version so lists and comparisons treat both alike.</summary>
/// <param name="Text">The target as plain text.</param>
/// <param name="Label">What the version list calls it: "Imported" until someone edits it, then "Edit by …".</param>
/// <param name="Origin">Where the text came from.</param>
/// <param name="Author">Who wrote it, when a person did.</param>
/// <param name="Since">When it became the current target.</param>
public sealed record CurrentTargetRow(string Text, string Label, TargetOrigin Origin, string? Author, DateTimeOffset Since);
