using TranslationReview.Core.Terminology;

namespace TranslationReview.Core.Checks.Terms;

/// <summary>
/// <c>terminology.consistency</c>: a glossary term is rendered with different accepted renderings in different segments
/// ("Czech Republic" here, "Czechia" there). The rendering used most (the glossary's earlier one on a tie) is taken
/// as the document's choice (counted in segments); every occurrence in a segment without it is a minor finding naming
/// both renderings, with the document's choice as the suggestion.
/// </summary>
public sealed class TerminologyConsistencyCheck : ICheck
{
    /// <summary>The check's id.</summary>
    public const string CheckId = "terminology.consistency";

    /// <inheritdoc />
    public string Id => CheckId;

    /// <inheritdoc />
    public IEnumerable<CheckFinding> Run(CheckContext context)
    {
        var glossary = GlossaryMatches.Of(context);
        var uses = new Dictionary<int, List<Use>>();
        foreach (var segment in glossary.Segments)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            foreach (var source in segment.Source.DistinctBy(m => m.Pattern.EntryIndex))
            {
                var entryIndex = source.Pattern.EntryIndex;
                if (!segment.HasAccepted(entryIndex))
                {
                    continue;
                }

                var entry = glossary.EntryOf(source);
                foreach (var rendering in segment.AcceptedFor(entryIndex))
                {
                    if (!uses.TryGetValue(entryIndex, out var list))
                    {
                        uses[entryIndex] = list = [];
                    }

                    list.Add(new Use(segment, source, rendering, Canonical(entry, segment, rendering)));
                }
            }
        }

        return uses.OrderBy(u => u.Key).SelectMany(u => Inconsistent(glossary.Glossary!.Entries[u.Key], u.Value)).OrderBy(f => f.SegmentNumber);
    }

    /// <summary>
    /// The rendering an occurrence stands for: of the entry's renderings that match these words, the glossary's first
    /// (so "low-floor trams" counts as "low-floor tram" when the glossary lists both).
    /// </summary>
    private static string Canonical(GlossaryEntry entry, SegmentTermMatches segment, TermMatch rendering) =>
        segment.Target
            .Where(m => m.Pattern.EntryIndex == rendering.Pattern.EntryIndex && m.Pattern.Role == TermRole.Accepted
                && m.Start == rendering.Start && m.Length == rendering.Length)
            .Select(m => m.Pattern.Text)
            .OrderBy(text => IndexOf(entry, text))
            .First();

    private static IEnumerable<CheckFinding> Inconsistent(GlossaryEntry entry, List<Use> uses)
    {
        var segmentsByRendering = uses
            .GroupBy(u => u.Rendering, StringComparer.Ordinal)
            .Select(g => (Rendering: g.Key, Segments: g.Select(u => u.Segment.Segment.Number).Distinct().ToList()))
            .ToList();
        if (segmentsByRendering.Count < 2)
        {
            yield break;
        }

        var chosen = segmentsByRendering
            .OrderByDescending(r => r.Segments.Count)
            .ThenBy(r => IndexOf(entry, r.Rendering))
            .First();

        // A segment that uses the document's rendering is consistent even if another rendering appears in it too: with
        // paragraph-long segments that one most likely translates some other word ("Russia" for России next to
        // "Russian Federation" for Российской Федерации).
        foreach (var use in uses.Where(u => !chosen.Segments.Contains(u.Segment.Segment.Number)))
        {
            var target = GlossaryFindings.SpanOf(use.Segment.Segment.Target, use.Match);
            var source = GlossaryFindings.SpanOf(use.Segment.Segment.Source, use.Source);
            yield return new CheckFinding(
                use.Segment.Segment.Number,
                CheckId,
                GlossaryFindings.CategoryOf(entry),
                Severity.Minor,
                source,
                target,
                $"\"{entry.SourceTerm}\" is rendered \"{target.Text}\" here but \"{chosen.Rendering}\" in {Segments(chosen.Segments)}; use one rendering throughout the document.",
                GlossaryFindings.Suggest(chosen.Rendering, target.Text));
        }
    }

    private static int IndexOf(GlossaryEntry entry, string rendering)
    {
        var index = entry.TargetTerms.ToList().IndexOf(rendering);
        return index < 0 ? int.MaxValue : index;
    }

    private static string Segments(List<int> numbers) => numbers.Count == 1
        ? $"segment {numbers[0]}"
        : numbers.Count <= 5
            ? $"segments {string.Join(", ", numbers)}"
            : $"{numbers.Count} other segments ({string.Join(", ", numbers.Take(5))}…)";

    private sealed record Use(SegmentTermMatches Segment, TermMatch Source, TermMatch Match, string Rendering);
}
