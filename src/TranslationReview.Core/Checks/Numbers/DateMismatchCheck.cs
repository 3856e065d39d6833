namespace TranslationReview.Core.Checks.Numbers;

/// <summary>
/// <c>date.mismatch</c>: a date converted wrongly between source and target (number, major) — a wrong day, month or
/// year, a date missing or added — reading 30.09.2022, 4 октября and 1 вересня 2027 року in the source and any common
/// English form in the target (30 September 2022, September 30, 2022, 30/09/2022). A numeric target date whose day
/// and month can swap (04/10/2022: 4 October in Britain, April 10 in the US) is a locale convention error (minor).
/// </summary>
public sealed class DateMismatchCheck : ICheck
{
    /// <summary>The check's id.</summary>
    public const string CheckId = "date.mismatch";

    /// <inheritdoc />
    public string Id => CheckId;

    /// <inheritdoc />
    public IEnumerable<CheckFinding> Run(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var figures = DocumentFigures.Of(context);
        var findings = new List<CheckFinding>();
        foreach (var segment in context.Document.Segments)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (figures.For(segment) is { } segmentFigures && (segmentFigures.SourceDates.Count > 0 || segmentFigures.TargetDates.Count > 0))
            {
                findings.AddRange(Compare(segment, segmentFigures, context.Document.TargetLanguage));
            }
        }

        return findings;
    }

    private static List<CheckFinding> Compare(CheckSegment segment, SegmentFigures figures, string targetLanguage)
    {
        var findings = new List<CheckFinding>();
        var unmatchedTarget = new List<DateMention>(figures.TargetDates);
        var unmatchedSource = new List<DateMention>();
        foreach (var date in figures.SourceDates)
        {
            var match = unmatchedTarget.FirstOrDefault(date.Agrees);
            if (match is null)
            {
                unmatchedSource.Add(date);
                continue;
            }

            unmatchedTarget.Remove(match);
            if (match.IsAmbiguous)
            {
                var meant = match.Readings.First(r => date.Readings.Any(r.Agrees));
                var other = match.Readings.First(r => r != meant);
                var span = Span(segment.Target, match);
                findings.Add(new CheckFinding(segment.Number, CheckId, IssueCategory.LocaleConvention, Severity.Minor, Span(segment.Source, date), span,
                    $"“{span.Text}” is meant as {NumberFormatting.Date(meant, "en-GB", DateStyle.DayMonthName)}, but readers used to the other "
                    + $"order take it for {NumberFormatting.Date(other, "en-GB", DateStyle.DayMonthName)}: write the month as a word.",
                    NumberFormatting.Date(meant, targetLanguage, DateStyle.DayMonthName)));
            }
        }

        // "1–5 сентября" and "September 1–5": each side's unmatched date is the other end of the other side's range.
        unmatchedSource.RemoveAll(d => EndOfRange(d, figures.TargetNumbers, figures.TargetDates));
        unmatchedTarget.RemoveAll(d => EndOfRange(d, figures.SourceNumbers, figures.SourceDates));

        var pairs = Math.Min(unmatchedSource.Count, unmatchedTarget.Count);
        for (var i = 0; i < pairs; i++)
        {
            var from = Span(segment.Source, unmatchedSource[i]);
            var to = Span(segment.Target, unmatchedTarget[i]);
            var expected = unmatchedSource[i].Readings[0];
            findings.Add(new CheckFinding(segment.Number, CheckId, IssueCategory.Number, Severity.Major, from, to,
                $"The date “{to.Text}” in the target does not match “{from.Text}” in the source.",
                NumberFormatting.Date(expected, targetLanguage, unmatchedTarget[i].Style)));
        }

        foreach (var missing in unmatchedSource.Skip(pairs))
        {
            var from = Span(segment.Source, missing);
            findings.Add(new CheckFinding(segment.Number, CheckId, IssueCategory.Number, Severity.Major, from, null,
                $"The date “{from.Text}” in the source is missing from the target.",
                NumberFormatting.Date(missing.Readings[0], targetLanguage, DateStyle.DayMonthName)));
        }

        foreach (var added in unmatchedTarget.Skip(pairs))
        {
            var to = Span(segment.Target, added);
            findings.Add(new CheckFinding(segment.Number, CheckId, IssueCategory.Number, Severity.Major, null, to,
                $"The date “{to.Text}” in the target is not in the source.", null));
        }

        return findings;
    }

    private static bool EndOfRange(DateMention date, IReadOnlyList<NumberMention> otherNumbers, IReadOnlyList<DateMention> otherDates) =>
        date.Readings.Any(r => otherNumbers.Any(n => n.Values.Contains(r.Day)) && otherDates.Any(d => d.Readings.Any(o => o.Month == r.Month)));

    private static TextSpan Span(string text, DateMention date) => TextSpan.Of(text, date.Start, date.Length);
}
