namespace TranslationReview.Core.Checks.Numbers;

/// <summary>The dates and numbers of one segment's source and target; the numbers exclude the digits of the dates.</summary>
internal sealed record SegmentFigures(
    IReadOnlyList<DateMention> SourceDates,
    IReadOnlyList<DateMention> TargetDates,
    IReadOnlyList<NumberMention> SourceNumbers,
    IReadOnlyList<NumberMention> TargetNumbers)
{
    /// <summary>Reads both sides of a segment.</summary>
    public static SegmentFigures Read(CheckSegment segment, string sourceLanguage, string targetLanguage)
    {
        var sourceDates = DateReader.Find(segment.Source, sourceLanguage);
        var targetDates = DateReader.Find(segment.Target, targetLanguage);
        return new SegmentFigures(
            sourceDates,
            targetDates,
            NumberReader.Find(segment.Source, sourceLanguage, [.. sourceDates.Select(d => (d.Start, d.End))]),
            NumberReader.Find(segment.Target, targetLanguage, [.. targetDates.Select(d => (d.Start, d.End))]));
    }
}
