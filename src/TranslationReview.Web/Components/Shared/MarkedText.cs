namespace TranslationReview.Web.Components.Shared;

/// <summary>
/// Cuts a segment text into runs at every mark's start and end, so overlapping flags render as flat, non-nested pieces
/// that each know every mark covering them. Marks outside the text (a stale flag after an edit) are clipped or dropped.
/// </summary>
public static class MarkedText
{
    public static IReadOnlyList<TextRun> Compose(string text, IReadOnlyCollection<FlagMark> marks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marks);
        var inside = marks.Where(m => m.Length > 0 && m.Start < text.Length && m.End > 0).ToList();
        if (inside.Count == 0)
        {
            return text.Length == 0 ? [] : [new TextRun(text, [])];
        }

        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var mark in inside)
        {
            cuts.Add(Math.Max(0, mark.Start));
            cuts.Add(Math.Min(text.Length, mark.End));
        }

        var runs = new List<TextRun>(cuts.Count);
        var from = 0;
        foreach (var to in cuts.Skip(1))
        {
            var covering = inside.Where(m => m.Start <= from && m.End >= to).ToList();
            runs.Add(new TextRun(text[from..to], covering));
            from = to;
        }

        return runs;
    }
}
