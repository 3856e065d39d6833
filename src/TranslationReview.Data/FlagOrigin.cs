namespace TranslationReview.Data;

/// <summary>Who raised a flag: a reviewer by hand, or an automatic check.</summary>
public enum FlagOrigin
{
    /// <summary>A reviewer selected text and flagged it.</summary>
    Manual = 0,

    /// <summary>An automatic check found it; the flag carries the check's id.</summary>
    Automatic = 1,
}
