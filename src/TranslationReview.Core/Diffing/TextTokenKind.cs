namespace TranslationReview.Core.Diffing;

/// <summary>What a <see cref="TextToken"/> is made of.</summary>
public enum TextTokenKind
{
    /// <summary>A word or number: letters, marks and digits, with apostrophes and number separators inside.</summary>
    Word,

    /// <summary>A run of white space, line breaks included.</summary>
    Whitespace,

    /// <summary>One punctuation mark, symbol or other character that is not part of a word.</summary>
    Punctuation,
}
