namespace TranslationReview.Core.Checks.Segments;

/// <summary>The alphabets the segment checks tell apart.</summary>
internal enum LetterScript
{
    /// <summary>Not a letter, or an alphabet the checks do not know.</summary>
    Other,

    /// <summary>Latin letters, accented ones included.</summary>
    Latin,

    /// <summary>Cyrillic letters.</summary>
    Cyrillic,
}
