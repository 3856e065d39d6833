namespace TranslationReview.Core.Checks.Segments;

/// <summary>
/// <c>segment.length-ratio</c>: a target much shorter than its source suggests an omitted clause or sentence
/// (omission; minor, major when extreme), one much longer an addition (minor). The expected ratio is the document's
/// own median target/source length, with a robust spread (median absolute deviation), so a language pair's habits
/// and a translator's style set the norm; short segments, whose lengths vary too much to tell, are left alone. A target
/// whose source is empty (a sentence only the translation has) is an addition (minor).
/// </summary>
public sealed class LengthRatioCheck : ICheck
{
    /// <summary>The check's id.</summary>
    public const string CheckId = "segment.length-ratio";

    /// <summary>Segments with fewer source letters and digits than this are not judged (a few words vary too much).</summary>
    public const int MinimumSourceLetters = 40;

    // Fewer judged segments than this give no reliable median; the language pair's usual ratio stands in.
    private const int MinimumSegmentsForDocumentNorm = 8;

    // An omission worth a flag misses at least this many letters (about four words), whatever the ratio says.
    private const int MinimumMissingLetters = 20;

    // Spread of log ratios in edited translations of news text, used when the document is too short to measure its own.
    private const double TypicalSpread = 0.15;

    /// <inheritdoc />
    public string Id => CheckId;

    /// <inheritdoc />
    public IEnumerable<CheckFinding> Run(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var judged = context.Document.Segments
            .Select(s => (Segment: s, Source: SegmentText.LetterCount(s.Source), Target: SegmentText.LetterCount(s.Target)))
            .Where(s => s.Source >= MinimumSourceLetters && s.Target > 0)
            .ToList();
        var norm = LengthNorm.Estimate(
            [.. judged.Select(s => Math.Log((double)s.Target / s.Source))],
            MinimumSegmentsForDocumentNorm,
            Math.Log(LengthNorm.UsualRatio(context.Document.SourceLanguage, context.Document.TargetLanguage)),
            TypicalSpread);

        var findings = new List<CheckFinding>();
        foreach (var segment in context.Document.Segments)
        {
            // A target without any source (a 0-1 bead) is the extreme of a long target.
            if (!segment.Source.Any(char.IsLetterOrDigit) && SegmentText.LetterCount(segment.Target) >= MinimumMissingLetters)
            {
                findings.Add(new CheckFinding(segment.Number, CheckId, IssueCategory.Addition, Severity.Minor,
                    null, SegmentText.Trimmed(segment.Target),
                    "The target has text but the source is empty: an added sentence, or one that belongs to a neighbouring segment.", null));
            }
        }

        foreach (var (segment, sourceLetters, targetLetters) in judged)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var logRatio = Math.Log((double)targetLetters / sourceLetters);
            var expectedLetters = sourceLetters * Math.Exp(norm.Median);
            var percent = (int)Math.Round(100.0 * targetLetters / expectedLetters);
            if (logRatio < norm.ShortLimit && expectedLetters - targetLetters >= MinimumMissingLetters)
            {
                var extreme = logRatio < norm.ExtremeShortLimit;
                findings.Add(new CheckFinding(segment.Number, CheckId, IssueCategory.Omission, extreme ? Severity.Major : Severity.Minor,
                    null, SegmentText.Trimmed(segment.Target),
                    $"The target is {percent}% of the length this document's translations usually have for a source this long: "
                    + "check for an omitted clause or sentence.", null));
            }
            else if (logRatio > norm.LongLimit && targetLetters - expectedLetters >= 2 * MinimumMissingLetters)
            {
                findings.Add(new CheckFinding(segment.Number, CheckId, IssueCategory.Addition, Severity.Minor,
                    null, SegmentText.Trimmed(segment.Target),
                    $"The target is {percent}% of the length this document's translations usually have for a source this long: "
                    + "check for added text or a sentence that belongs to another segment.", null));
            }
        }

        return findings;
    }
}
