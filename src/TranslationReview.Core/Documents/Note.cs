namespace TranslationReview.Core.Documents;

/// <summary>A comment attached to a segment (XLIFF <c>&lt;note&gt;</c>, TMX <c>&lt;note&gt;</c>).</summary>
/// <param name="Text">What the note says.</param>
/// <param name="From">Who wrote it, when the format records it.</param>
public sealed record Note(string Text, string? From = null);
