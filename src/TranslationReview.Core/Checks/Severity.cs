namespace TranslationReview.Core.Checks;

/// <summary>MQM severities; the scoring multipliers are neutral 0, minor 1, major 5, critical 25.</summary>
public enum Severity
{
    /// <summary>Worth noting, no penalty (a preference, a repeated error already counted).</summary>
    Neutral = 0,

    /// <summary>Noticeable, but the meaning and usability survive.</summary>
    Minor = 1,

    /// <summary>Changes the meaning or misleads the reader; a wrong name or title.</summary>
    Major = 2,

    /// <summary>Harmful or embarrassing enough to stop publication.</summary>
    Critical = 3,
}
