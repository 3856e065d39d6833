using TranslationReview.Core.Terminology;

namespace TranslationReview.Core.Checks.Terms;

/// <summary>The glossary terms found in one segment.</summary>
/// <param name="Segment">The segment.</param>
/// <param name="Source">Source terms found in the source, ordered by start, longer first.</param>
/// <param name="Target">Accepted and forbidden renderings found in the target, ordered by start, longer first.</param>
public sealed record SegmentTermMatches(CheckSegment Segment, IReadOnlyList<TermMatch> Source, IReadOnlyList<TermMatch> Target)
{
    private Dictionary<int, List<TermMatch>>? _accepted;
    private HashSet<int>? _forbidden;
    private HashSet<int>? _acceptedEntries;

    /// <summary>True when the target holds an accepted rendering of entry <paramref name="entryIndex"/>.</summary>
    public bool HasAccepted(int entryIndex)
    {
        _acceptedEntries ??= [.. Target.Where(m => m.Pattern.Role == TermRole.Accepted).Select(m => m.Pattern.EntryIndex)];
        return _acceptedEntries.Contains(entryIndex);
    }

    /// <summary>The accepted renderings of entry <paramref name="entryIndex"/> in the target, each stretch of text once (the longest where they nest).</summary>
    public IReadOnlyList<TermMatch> AcceptedFor(int entryIndex)
    {
        _accepted ??= Outermost(Target.Where(m => m.Pattern.Role == TermRole.Accepted), byEntry: true)
            .GroupBy(m => m.Pattern.EntryIndex)
            .ToDictionary(g => g.Key, g => g.ToList());
        return _accepted.TryGetValue(entryIndex, out var list) ? list : [];
    }

    /// <summary>True when the target holds a forbidden rendering of entry <paramref name="entryIndex"/>.</summary>
    public bool HasForbidden(int entryIndex)
    {
        _forbidden ??= [.. Target.Where(m => m.Pattern.Role == TermRole.Forbidden).Select(m => m.Pattern.EntryIndex)];
        return _forbidden.Contains(entryIndex);
    }

    /// <summary>
    /// The matches that lie inside no longer one of the set (with <paramref name="byEntry"/>, no longer one of the same
    /// entry), one per entry and stretch of text: two renderings of an entry, "annex Ukraine" and "annexes Ukraine", may
    /// match the same words.
    /// </summary>
    internal static List<TermMatch> Outermost(IEnumerable<TermMatch> matches, bool byEntry = false)
    {
        var sorted = matches.ToList();
        var inside = MatchNesting.InsideLonger(sorted, _ => true, byEntry);
        var kept = new List<TermMatch>(sorted.Count);
        var seen = new HashSet<(int, int, int)>();
        for (var i = 0; i < sorted.Count; i++)
        {
            if (!inside[i] && seen.Add((sorted[i].Pattern.EntryIndex, sorted[i].Start, sorted[i].Length)))
            {
                kept.Add(sorted[i]);
            }
        }

        return kept;
    }
}
