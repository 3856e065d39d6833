namespace TranslationReview.Core.Checks;

/// <summary>A stretch of a segment's source or target text.</summary>
/// <param name="Start">UTF-16 offset into the segment's plain text.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Text">The text of the stretch, so a reader needs no offsets to see what is meant.</param>
public sealed record TextSpan(int Start, int Length, string Text)
{
    /// <summary>The span of <paramref name="length"/> characters of <paramref name="segmentText"/> from <paramref name="start"/>.</summary>
    public static TextSpan Of(string segmentText, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(segmentText);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, segmentText.Length, nameof(length));
        return new TextSpan(start, length, segmentText.Substring(start, length));
    }

    /// <summary>The offset just after the span.</summary>
    public int End => Start + Length;
}
