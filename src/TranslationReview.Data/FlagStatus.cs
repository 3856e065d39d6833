namespace TranslationReview.Data;

/// <summary>Where a flag stands: raised, answered by the translator, then resolved or dismissed by a reviewer.</summary>
public enum FlagStatus
{
    /// <summary>Raised and not yet answered.</summary>
    Open = 0,

    /// <summary>The translator says the target is corrected.</summary>
    Fixed = 1,

    /// <summary>The translator disagrees, with a comment.</summary>
    Disputed = 2,

    /// <summary>A reviewer closed it. It still counts in the MQM score: the error was real.</summary>
    Resolved = 3,

    /// <summary>A reviewer judged it no error. It does not count in the score, and a re-check keeps it dismissed.</summary>
    Dismissed = 4,
}
