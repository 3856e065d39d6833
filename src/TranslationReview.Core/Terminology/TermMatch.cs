namespace TranslationReview.Core.Terminology;

/// <summary>One place in a text where a term occurs, in any inflected form.</summary>
/// <param name="Pattern">The term found.</param>
/// <param name="Start">UTF-16 offset of the first word of the occurrence in the text searched.</param>
/// <param name="Length">UTF-16 length from the first word's start to the last word's end.</param>
public sealed record TermMatch(TermPattern Pattern, int Start, int Length)
{
    /// <summary>The offset just after the occurrence.</summary>
    public int End => Start + Length;

    /// <summary>True when this occurrence lies within <paramref name="other"/> and is shorter.</summary>
    public bool IsInside(TermMatch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Start <= Start && End <= other.End && other.Length > Length;
    }
}
