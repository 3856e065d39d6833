using TranslationReview.Core.Terminology;

namespace TranslationReview.Core.Checks.Terms;

/// <summary>
/// <c>glossary.missing</c>: a glossary source term is in the source (in any inflected form) but none of its accepted
/// renderings is in the target. Major; the category follows the entry's type (names, titles, terms).
/// </summary>
/// <remarks>
/// Left to other checks or left alone: empty targets (the untranslated check's business), entries without an accepted
/// rendering, entries whose forbidden rendering is in the target (<c>glossary.forbidden</c> reports those), and a term
/// inside a longer glossary term whose rendering is in the target ("Украины" inside "министр обороны Украины" when the
/// target has "Ukrainian Defense Minister").
/// </remarks>
public sealed class GlossaryMissingCheck : ICheck
{
    /// <summary>The check's id.</summary>
    public const string CheckId = "glossary.missing";

    /// <inheritdoc />
    public string Id => CheckId;

    /// <inheritdoc />
    public IEnumerable<CheckFinding> Run(CheckContext context)
    {
        var glossary = GlossaryMatches.Of(context);
        foreach (var segment in glossary.Segments)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(segment.Segment.Target))
            {
                continue;
            }

            var source = segment.Source;
            var insideSatisfied = MatchNesting.InsideLonger(source, m => segment.HasAccepted(m.Pattern.EntryIndex));
            var insideSameEntry = MatchNesting.InsideLonger(source, _ => true, sameEntry: true);
            var reported = new HashSet<(int, int, int)>();
            for (var i = 0; i < source.Count; i++)
            {
                var match = source[i];
                var entry = glossary.EntryOf(match);
                if (entry.TargetTerms.Count == 0
                    || insideSatisfied[i]
                    || insideSameEntry[i]
                    || segment.HasAccepted(match.Pattern.EntryIndex)
                    || segment.HasForbidden(match.Pattern.EntryIndex)
                    || !reported.Add((match.Pattern.EntryIndex, match.Start, match.Length)))
                {
                    continue;
                }

                yield return Finding(segment.Segment, match, entry);
            }
        }
    }

    private static CheckFinding Finding(CheckSegment segment, TermMatch match, GlossaryEntry entry)
    {
        var source = GlossaryFindings.SpanOf(segment.Source, match);
        return new CheckFinding(
            segment.Number,
            CheckId,
            GlossaryFindings.CategoryOf(entry),
            Severity.Major,
            source,
            null,
            $"The source has the glossary term \"{source.Text}\" ({entry.SourceTerm}), but the target has none of its renderings: {GlossaryFindings.Quote(entry.TargetTerms)}.",
            entry.TargetTerms[0]);
    }
}
