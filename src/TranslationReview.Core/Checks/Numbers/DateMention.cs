namespace TranslationReview.Core.Checks.Numbers;

/// <summary>A date found in a segment's text.</summary>
/// <param name="Start">UTF-16 offset of its first character.</param>
/// <param name="Length">Its length.</param>
/// <param name="Readings">
/// The dates it may mean: one, or two for a numeric date whose day and month can swap (04/10/2022 is 4 October in
/// Britain and April 10 in the United States).
/// </param>
/// <param name="Style">How it is written.</param>
internal sealed record DateMention(int Start, int Length, IReadOnlyList<CalendarDate> Readings, DateStyle Style)
{
    /// <summary>The offset just after the mention.</summary>
    public int End => Start + Length;

    /// <summary>True when the reader cannot tell the day from the month.</summary>
    public bool IsAmbiguous => Readings.Distinct().Count() > 1;

    /// <summary>True when the two mentions can mean the same day.</summary>
    public bool Agrees(DateMention other) => Readings.Any(r => other.Readings.Any(r.Agrees));
}
