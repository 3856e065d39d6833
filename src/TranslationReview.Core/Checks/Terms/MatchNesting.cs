using TranslationReview.Core.Terminology;

namespace TranslationReview.Core.Checks.Terms;

/// <summary>Which matches lie inside longer ones, in one sweep over matches ordered by start, longer first.</summary>
internal static class MatchNesting
{
    /// <summary>
    /// For each match of <paramref name="matches"/> (ordered by start, longer first, as <see cref="TermMatcher.FindAll"/>
    /// returns them), whether it lies inside a strictly longer match that <paramref name="isContainer"/> accepts; with
    /// <paramref name="sameEntry"/>, only a container of the same glossary entry counts.
    /// </summary>
    public static bool[] InsideLonger(IReadOnlyList<TermMatch> matches, Func<TermMatch, bool> isContainer, bool sameEntry = false)
    {
        var inside = new bool[matches.Count];

        // Containers seen so far start at or before the current match; the furthest end among those with a different
        // stretch of text decides. Matches with the same stretch come together and are settled as a group.
        var furthest = -1;
        var furthestByEntry = new Dictionary<int, int>();
        var group = 0;
        while (group < matches.Count)
        {
            var end = group;
            while (end < matches.Count && matches[end].Start == matches[group].Start && matches[end].Length == matches[group].Length)
            {
                end++;
            }

            for (var i = group; i < end; i++)
            {
                var match = matches[i];
                var reach = sameEntry ? furthestByEntry.GetValueOrDefault(match.Pattern.EntryIndex, -1) : furthest;
                inside[i] = reach >= match.End;
            }

            for (var i = group; i < end; i++)
            {
                var match = matches[i];
                if (isContainer(match))
                {
                    furthest = Math.Max(furthest, match.End);
                    furthestByEntry[match.Pattern.EntryIndex] = Math.Max(furthestByEntry.GetValueOrDefault(match.Pattern.EntryIndex, -1), match.End);
                }
            }

            group = end;
        }

        return inside;
    }
}
