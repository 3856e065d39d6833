using TranslationReview.Core.Names;

namespace TranslationReview.Core.Checks;

/// <summary>
/// <c>name.consistency</c>: the same source name (any case form) rendered differently in different segments, and one
/// target rendering used for different source names. Renderings the transliteration and established-spelling checks
/// already report, and names the glossary speaks for, are left to those checks; among the rest, an accepted spelling used in most segments is the reference, and
/// each other occurrence is reported with both renderings and the segment of the reference.
/// </summary>
public sealed class NameConsistencyCheck : ICheck
{
    /// <inheritdoc/>
    public string Id => "name.consistency";

    /// <inheritdoc/>
    public IEnumerable<CheckFinding> Run(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var located = NameRenderings.Of(context).All.Where(r => r.Target is not null && r.GroupKey is not null).ToList();
        var findings = new List<CheckFinding>();
        foreach (var group in located.GroupBy(r => r.GroupKey!, StringComparer.Ordinal))
        {
            // A rendering another name check already reports as wrong is neither compared nor offered as the reference:
            // "Kyiv" beside a flagged "Kiev" is the fix, not an inconsistency.
            var byRendering = group.Where(r => !IsReportedElsewhere(r)).GroupBy(r => Spelling(r), StringComparer.Ordinal).ToList();
            if (byRendering.Count < 2)
            {
                continue;
            }

            var reference = byRendering
                .OrderByDescending(g => g.Any(r => r.Status == NameRenderingStatus.Accepted))
                .ThenByDescending(g => g.Count())
                .ThenBy(g => g.First().SegmentNumber)
                .First().First();
            foreach (var other in byRendering.Where(g => g.Key != Spelling(reference)).SelectMany(g => g))
            {
                findings.Add(Finding(other, $"{other.Word.Text} is rendered '{other.Target!.Text}' here but '{reference.Target!.Text}' in segment {reference.SegmentNumber}; use one spelling throughout.", reference.Target.Text));
            }
        }

        // One rendering for different names: a word that renders one name exactly, and another name only by likeness.
        var exactBySpelling = located.Where(r => r.ExactReading).ToLookup(Spelling, StringComparer.Ordinal);
        foreach (var rendering in located.Where(r => !r.ExactReading && r.Origin != NameOrigin.Unknown))
        {
            var owner = exactBySpelling[Spelling(rendering)].FirstOrDefault(r => r.GroupKey != rendering.GroupKey && r.Word.Key != rendering.Word.Key);
            if (owner is not null)
            {
                findings.Add(Finding(rendering, $"'{rendering.Target!.Text}' renders {owner.Word.Text} in segment {owner.SegmentNumber}, but here the source has {rendering.Word.Text}; a different name needs its own rendering.", rendering.Expected));
            }
        }

        return findings.DistinctBy(f => (f.SegmentNumber, f.Target!.Start));
    }

    private static bool IsReportedElsewhere(NameRendering rendering) =>
        rendering.Status is NameRenderingStatus.OtherLanguageForm or NameRenderingStatus.NotEstablishedSpelling or NameRenderingStatus.Glossary;

    private static string Spelling(NameRendering rendering) => rendering.Target!.Text.ToLowerInvariant();

    private CheckFinding Finding(NameRendering rendering, string message, string? suggestion) => new(
        rendering.SegmentNumber,
        Id,
        IssueCategory.Name,
        Severity.Minor,
        new TextSpan(rendering.Word.Start, rendering.Word.Length, rendering.Word.Text),
        rendering.Target,
        message,
        suggestion);
}
