namespace TranslationReview.Data;

/// <summary>The translator's answer to a flag.</summary>
public enum FlagAnswer
{
    /// <summary>The target is corrected.</summary>
    Fixed = 1,

    /// <summary>The translator disagrees; a comment says why.</summary>
    Disputed = 2,
}
