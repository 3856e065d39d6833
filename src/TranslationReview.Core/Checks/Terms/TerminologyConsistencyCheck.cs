using TranslationReview.Core.Terminology;

namespace TranslationReview.Core.Checks.Terms;

/// <summary>
/// <c>terminology.consistency</c>: a glossary term is rendered with different accepted renderings in different segments
/// ("Czech Republic" here, "Czechia" there). The rendering used most (the glossary's earlier one on a tie) is taken
/// as the document's choice; every other occurrence is a minor finding naming both renderings, with the document's
/// choice as the suggestion.
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
            foreach (var entryIndex in segment.Source.Select(m => m.Pattern.EntryIndex).Distinct())
            {
                var source = segment.Source.First(m => m.Pattern.EntryIndex == entryIndex);
                foreach (var rendering in segment.AcceptedFor(entryIndex))
                {
                    if (!uses.TryGetValue(entryIndex, out var list))
                    {
                        uses[entryIndex] = list = [];
                    }

                    list.Add(new Use(segment.Segment, source, rendering));
                }
            }
        }

        return uses.OrderBy(u => u.Key).SelectMany(u => Inconsistent(glossary.Glossary!.Entries[u.Key], u.Value)).OrderBy(f => f.SegmentNumber);
    }

    private static IEnumerable<CheckFinding> Inconsistent(GlossaryEntry entry, List<Use> uses)
    {
        var byRendering = uses.GroupBy(u => u.Rendering.Pattern.Text, StringComparer.Ordinal).ToList();
        if (byRendering.Count < 2)
        {
            yield break;
        }

        var chosen = byRendering
            .OrderByDescending(g => g.Count())
            .ThenBy(g => IndexOf(entry, g.Key))
            .First();
        foreach (var use in uses.Where(u => !string.Equals(u.Rendering.Pattern.Text, chosen.Key, StringComparison.Ordinal)))
        {
            var target = GlossaryFindings.SpanOf(use.Segment.Target, use.Rendering);
            var source = GlossaryFindings.SpanOf(use.Segment.Source, use.Source);
            var elsewhere = chosen.Select(u => u.Segment.Number).Distinct().ToList();
            yield return new CheckFinding(
                use.Segment.Number,
                CheckId,
                GlossaryFindings.CategoryOf(entry),
                Severity.Minor,
                source,
                target,
                $"\"{entry.SourceTerm}\" is rendered \"{target.Text}\" here but \"{chosen.Key}\" in {Segments(elsewhere)}; use one rendering throughout the document.",
                GlossaryFindings.Suggest(chosen.Key, target.Text));
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

    private sealed record Use(CheckSegment Segment, TermMatch Source, TermMatch Rendering);
}
