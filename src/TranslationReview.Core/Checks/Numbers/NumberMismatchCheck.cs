namespace TranslationReview.Core.Checks.Numbers;

/// <summary>
/// <c>number.mismatch</c>: a number missing, added or changed between source and target (number, major), reading each
/// side in its own convention — 1 000 000 and 3,5 in Russian or Ukrainian against 1,000,000 and 3.5 in English, 84 млн
/// against 84 million, 2-й against 2nd — and accepting small numbers written as words ("two" for 2). A decimal mark of
/// the wrong convention in the target (3,5 kilometres in English) is a locale convention error (minor).
/// Dates are left to <see cref="DateMismatchCheck"/>.
/// </summary>
public sealed class NumberMismatchCheck : ICheck
{
    /// <summary>The check's id.</summary>
    public const string CheckId = "number.mismatch";

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
            if (figures.For(segment) is { } segmentFigures)
            {
                findings.AddRange(Compare(segment, segmentFigures, context.Document.TargetLanguage));
            }
        }

        return findings;
    }

    private static List<CheckFinding> Compare(CheckSegment segment, SegmentFigures figures, string targetLanguage)
    {
        var findings = new List<CheckFinding>();
        var source = figures.SourceNumbers.Where(n => n.Kind == NumberMentionKind.Digits).ToList();
        var target = figures.TargetNumbers.Where(n => n.Kind == NumberMentionKind.Digits).ToList();
        var unmatchedTarget = new List<NumberMention>(target);
        var unmatchedSource = new List<NumberMention>();
        foreach (var number in source)
        {
            var match = unmatchedTarget.FirstOrDefault(number.Agrees);
            if (match is null)
            {
                unmatchedSource.Add(number);
                continue;
            }

            unmatchedTarget.Remove(match);
            if (match.ForeignDecimalMark && number.Values.Contains(match.Values[0]))
            {
                var span = Span(segment.Target, match);
                findings.Add(new CheckFinding(segment.Number, CheckId, IssueCategory.LocaleConvention, Severity.Minor, Span(segment.Source, number), span,
                    $"“{span.Text}” uses the decimal mark of another language; write it as the target language does.",
                    NumberFormatting.Number(match.Values[0], targetLanguage, match, span.Text)));
            }
        }

        // Digits on one side may be words, codes or part of a date on the other: "2" and "two", "16" and "F-16".
        unmatchedSource.RemoveAll(n => AnsweredBy(n, figures.TargetNumbers, figures.TargetDates));
        unmatchedTarget.RemoveAll(n => AnsweredBy(n, figures.SourceNumbers, figures.SourceDates));

        var pairs = Math.Min(unmatchedSource.Count, unmatchedTarget.Count);
        for (var i = 0; i < pairs; i++)
        {
            var from = Span(segment.Source, unmatchedSource[i]);
            var to = Span(segment.Target, unmatchedTarget[i]);
            findings.Add(new CheckFinding(segment.Number, CheckId, IssueCategory.Number, Severity.Major, from, to,
                $"“{to.Text}” in the target does not match “{from.Text}” in the source.",
                NumberFormatting.Number(unmatchedSource[i].Values[0], targetLanguage, unmatchedTarget[i], to.Text)));
        }

        foreach (var missing in unmatchedSource.Skip(pairs))
        {
            var from = Span(segment.Source, missing);
            findings.Add(new CheckFinding(segment.Number, CheckId, IssueCategory.Number, Severity.Major, from, null,
                $"The number “{from.Text}” in the source is missing from the target.", null));
        }

        foreach (var added in unmatchedTarget.Skip(pairs))
        {
            var to = Span(segment.Target, added);
            findings.Add(new CheckFinding(segment.Number, CheckId, IssueCategory.Number, Severity.Major, null, to,
                $"The number “{to.Text}” in the target is not in the source.", null));
        }

        return findings;
    }

    private static bool AnsweredBy(NumberMention number, IReadOnlyList<NumberMention> otherSide, IReadOnlyList<DateMention> otherDates) =>
        otherSide.Any(n => n.Kind != NumberMentionKind.Digits && n.Agrees(number))
        || otherDates.Any(d => d.Readings.Any(r => number.Values.Contains(r.Day) || (r.Year is { } year && number.Values.Contains(year))));

    private static TextSpan Span(string text, NumberMention number) => TextSpan.Of(text, number.Start, number.Length);
}
