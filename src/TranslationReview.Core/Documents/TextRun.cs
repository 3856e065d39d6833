namespace TranslationReview.Core.Documents;

/// <summary>Plain text inside a segment.</summary>
/// <param name="Text">The characters, never containing markup.</param>
public sealed record TextRun(string Text) : InlineElement;
