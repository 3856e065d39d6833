namespace TranslationReview.Core.Diffing;

/// <summary>What a <see cref="DiffSpan"/> does to the old text to turn it into the new one.</summary>
public enum DiffOperation
{
    /// <summary>The text is in both versions.</summary>
    Equal,

    /// <summary>The text is only in the new version.</summary>
    Insert,

    /// <summary>The text is only in the old version.</summary>
    Delete,
}
