namespace TranslationReview.Core.Checks.Numbers;

/// <summary>How a number is written.</summary>
internal enum NumberMentionKind
{
    /// <summary>In digits: 48, 3,5, 1 000 000, 84 млн.</summary>
    Digits,

    /// <summary>In words: two, трьох, вдвічі. Only used to answer digits on the other side.</summary>
    Word,

    /// <summary>Digits inside a code or a name (F-16, G7, COVID-19). Only used to answer digits on the other side.</summary>
    Code,
}
