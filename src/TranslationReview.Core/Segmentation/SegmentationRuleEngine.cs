using System.Buffers;
using System.Text.RegularExpressions;

namespace TranslationReview.Core.Segmentation;

/// <summary>
/// The compiled rules for one language. SRX semantics: at a position, the first rule (in order) whose
/// beforebreak matches the text ending there and whose afterbreak matches the text starting there decides.
/// Only positions where some break rule matches can break, so the engine (1) finds candidate positions from
/// the break rules alone: with a vectorized search for the characters a beforebreak can end with or an
/// afterbreak can start with (see <see cref="PatternBoundary"/>), or a full regex scan for rules it cannot
/// analyse; (2) drops candidates where no break rule matches, with one combined anchored regex; (3) decides
/// the rest by testing runs of consecutive rules of the same kind, each run as one combined anchored regex
/// (eighty exceptions cost one regex call, not eighty).
/// </summary>
internal sealed class SegmentationRuleEngine
{
    private const RegexOptions Compiled = SrxPattern.Options | RegexOptions.Compiled;

    private readonly SearchValues<char>? _lastOfBefore;
    private readonly SearchValues<char>? _firstOfAfter;
    private readonly Regex[] _scanners;
    private readonly Regex? _anyBreak;
    private readonly (bool IsBreak, Regex Test)[] _runs;

    public SegmentationRuleEngine(IReadOnlyList<SrxPattern> rules, TimeSpan matchTimeout)
    {
        var breakRules = rules.Where(r => r.IsBreak).Distinct().ToList();
        var byLastOfBefore = new List<(SrxPattern Rule, string Characters)>();
        var byFirstOfAfter = new List<(SrxPattern Rule, string Characters)>();
        var unanalysed = new List<SrxPattern>();
        foreach (var rule in breakRules)
        {
            if (PatternBoundary.LastCharacter(rule.BeforeBreak) is { } last)
            {
                byLastOfBefore.Add((rule, last));
            }
            else if (PatternBoundary.FirstCharacter(rule.AfterBreak) is { } first)
            {
                byFirstOfAfter.Add((rule, first));
            }
            else
            {
                unanalysed.Add(rule);
            }
        }

        _lastOfBefore = PatternBoundary.Materialize([.. byLastOfBefore.Select(r => r.Characters)]);
        _firstOfAfter = PatternBoundary.Materialize([.. byFirstOfAfter.Select(r => r.Characters)]);
        if (_lastOfBefore is null)
        {
            unanalysed.AddRange(byLastOfBefore.Select(r => r.Rule));
        }

        if (_firstOfAfter is null)
        {
            unanalysed.AddRange(byFirstOfAfter.Select(r => r.Rule));
        }

        _scanners = [.. unanalysed.Select(r => new Regex(r.AsLookaround(), Compiled, matchTimeout))];
        _anyBreak = breakRules.Count == 0 ? null : AnchoredUnion(breakRules, matchTimeout);
        _runs = [.. Runs(rules, matchTimeout)];
    }

    /// <summary>Adds the break offsets (0 &lt; offset &lt; length) inside one line to <paramref name="breaks"/>, ascending.</summary>
    public void FindBreaks(ReadOnlySpan<char> line, List<int> breaks)
    {
        if (_anyBreak is null || line.Length < 2)
        {
            return;
        }

        var first = breaks.Count;
        AddTriggerPositions(line, _lastOfBefore, 1, breaks);
        AddTriggerPositions(line, _firstOfAfter, 0, breaks);
        foreach (var scanner in _scanners)
        {
            foreach (var match in scanner.EnumerateMatches(line))
            {
                breaks.Add(match.Index);
            }
        }

        var candidates = breaks.Count - first;
        if (candidates == 0)
        {
            return;
        }

        breaks.Sort(first, candidates, Comparer<int>.Default);
        var kept = first;
        var previous = -1;
        for (var i = first; i < first + candidates; i++)
        {
            var position = breaks[i];
            if (position != previous && position > 0 && position < line.Length && _anyBreak.IsMatch(line, position) && Decide(line, position))
            {
                breaks[kept++] = position;
            }

            previous = position;
        }

        breaks.RemoveRange(kept, breaks.Count - kept);
    }

    private static void AddTriggerPositions(ReadOnlySpan<char> line, SearchValues<char>? trigger, int offset, List<int> positions)
    {
        if (trigger is null)
        {
            return;
        }

        var from = 0;
        while (from < line.Length)
        {
            var found = line[from..].IndexOfAny(trigger);
            if (found < 0)
            {
                return;
            }

            positions.Add(from + found + offset);
            from += found + 1;
        }
    }

    private bool Decide(ReadOnlySpan<char> line, int position)
    {
        foreach (var (isBreak, test) in _runs)
        {
            if (test.IsMatch(line, position))
            {
                return isBreak;
            }
        }

        return false;
    }

    private static List<(bool, Regex)> Runs(IReadOnlyList<SrxPattern> rules, TimeSpan matchTimeout)
    {
        var runs = new List<(bool, Regex)>();
        for (var start = 0; start < rules.Count;)
        {
            var end = start;
            while (end < rules.Count && rules[end].IsBreak == rules[start].IsBreak)
            {
                end++;
            }

            runs.Add((rules[start].IsBreak, AnchoredUnion(rules.Skip(start).Take(end - start), matchTimeout)));
            start = end;
        }

        return runs;
    }

    private static Regex AnchoredUnion(IEnumerable<SrxPattern> rules, TimeSpan matchTimeout) =>
        new(@"\G(?:" + string.Join('|', rules.Select(r => r.AsLookaround()).Distinct(StringComparer.Ordinal)) + ")", Compiled, matchTimeout);
}
