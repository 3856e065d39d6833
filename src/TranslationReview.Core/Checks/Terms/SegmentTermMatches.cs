using TranslationReview.Core.Terminology;

namespace TranslationReview.Core.Checks.Terms;

/// <summary>The glossary terms found in one segment.</summary>
/// <param name="Segment">The segment.</param>
/// <param name="Source">Source terms found in the source, ordered by start, longer first.</param>
/// <param name="Target">Accepted and forbidden renderings found in the target, ordered by start, longer first.</param>
public sealed record SegmentTermMatches(CheckSegment Segment, IReadOnlyList<TermMatch> Source, IReadOnlyList<TermMatch> Target)
{
    /// <summary>The accepted renderings of entry <paramref name="entryIndex"/> in the target, each occurrence once (the longest where they nest).</summary>
    public IReadOnlyList<TermMatch> AcceptedFor(int entryIndex) => Outermost(Target.Where(m => m.Pattern.EntryIndex == entryIndex && m.Pattern.Role == TermRole.Accepted));

    /// <summary>True when the target holds a forbidden rendering of entry <paramref name="entryIndex"/>.</summary>
    public bool HasForbidden(int entryIndex) => Target.Any(m => m.Pattern.EntryIndex == entryIndex && m.Pattern.Role == TermRole.Forbidden);

    /// <summary>
    /// The matches that lie inside no longer one of the same set, one per entry and stretch of text (two renderings of
    /// an entry, "annex Ukraine" and "annexes Ukraine", may match the same words).
    /// </summary>
    internal static List<TermMatch> Outermost(IEnumerable<TermMatch> matches)
    {
        var list = matches.ToList();
        return [.. list
            .Where(m => !list.Exists(other => m.IsInside(other)))
            .DistinctBy(m => (m.Pattern.EntryIndex, m.Start, m.Length))];
    }
}
