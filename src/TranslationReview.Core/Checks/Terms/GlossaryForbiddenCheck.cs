using TranslationReview.Core.Terminology;

namespace TranslationReview.Core.Checks.Terms;

/// <summary>
/// <c>glossary.forbidden</c>: a rendering the glossary forbids is in the target, in any form (possessive, plural),
/// whether or not the source term was found. Major; the suggestion is the entry's first accepted rendering.
/// </summary>
/// <remarks>
/// A forbidden rendering inside a longer forbidden one is reported once, as the longer ("head of the Kiev regime",
/// not also "Kiev"); one inside a longer accepted rendering of another entry is not an error ("Macedonia" inside
/// "North Macedonia").
/// </remarks>
public sealed class GlossaryForbiddenCheck : ICheck
{
    /// <summary>The check's id.</summary>
    public const string CheckId = "glossary.forbidden";

    /// <inheritdoc />
    public string Id => CheckId;

    /// <inheritdoc />
    public IEnumerable<CheckFinding> Run(CheckContext context)
    {
        var glossary = GlossaryMatches.Of(context);
        foreach (var segment in glossary.Segments)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (!segment.Target.Any(m => m.Pattern.Role == TermRole.Forbidden))
            {
                continue;
            }

            var insideAccepted = MatchNesting.InsideLonger(segment.Target, m => m.Pattern.Role == TermRole.Accepted);
            var allowed = new HashSet<TermMatch>(segment.Target.Where((_, i) => !insideAccepted[i]), ReferenceEqualityComparer.Instance);
            foreach (var match in SegmentTermMatches.Outermost(segment.Target.Where(m => m.Pattern.Role == TermRole.Forbidden)))
            {
                if (allowed.Contains(match))
                {
                    yield return Finding(segment, match, glossary.EntryOf(match));
                }
            }
        }
    }

    private static CheckFinding Finding(SegmentTermMatches segment, TermMatch match, GlossaryEntry entry)
    {
        var target = GlossaryFindings.SpanOf(segment.Segment.Target, match);
        var sourceMatch = segment.Source.FirstOrDefault(m => m.Pattern.EntryIndex == match.Pattern.EntryIndex);
        var source = sourceMatch is null ? null : GlossaryFindings.SpanOf(segment.Segment.Source, sourceMatch);
        var suggestion = entry.TargetTerms.Count == 0 ? null : GlossaryFindings.Suggest(entry.TargetTerms[0], target.Text);
        var advice = suggestion is null ? "the glossary gives no accepted rendering" : $"use {GlossaryFindings.Quote(entry.TargetTerms)}";
        var note = string.IsNullOrWhiteSpace(entry.Note) ? string.Empty : $" Glossary note: {entry.Note}";
        return new CheckFinding(
            segment.Segment.Number,
            CheckId,
            GlossaryFindings.CategoryOf(entry),
            Severity.Major,
            source,
            target,
            $"\"{target.Text}\" is a forbidden rendering of \"{entry.SourceTerm}\" in the glossary; {advice}.{note}",
            suggestion);
    }
}
