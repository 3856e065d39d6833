namespace TranslationReview.Core.Diffing;

/// <summary>One token of a text as the differ sees it.</summary>
/// <param name="Kind">Word, white space or punctuation.</param>
/// <param name="Start">Offset of the token's first UTF-16 code unit in the text.</param>
/// <param name="Text">The token's characters, exactly as in the text.</param>
public readonly record struct TextToken(TextTokenKind Kind, int Start, string Text)
{
    /// <summary>Offset just past the token.</summary>
    public int End => Start + Text.Length;
}
