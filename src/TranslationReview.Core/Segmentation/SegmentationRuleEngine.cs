using System.Text.RegularExpressions;

namespace TranslationReview.Core.Segmentation;

/// <summary>
/// The compiled rules for one language. SRX semantics: at a position, the first rule (in order) whose
/// beforebreak matches the text ending there and whose afterbreak matches the text starting there decides.
/// Only positions where some break rule matches can break, so those are found first by scanning each line once
/// per break rule; each candidate is then decided by testing runs of consecutive rules of the same kind as one
/// combined, anchored regex (a run of 80 exceptions costs one regex call, not 80).
/// </summary>
internal sealed class SegmentationRuleEngine
{
    private const RegexOptions Compiled = SrxPattern.Options | RegexOptions.Compiled;

    private readonly Regex[] _scanners;
    private readonly (bool IsBreak, Regex Test)[] _runs;

    public SegmentationRuleEngine(IReadOnlyList<SrxPattern> rules)
    {
        _scanners = rules.Where(r => r.IsBreak)
            .Select(r => r.AsScanner())
            .Distinct(StringComparer.Ordinal)
            .Select(p => new Regex(p, Compiled, SrxPattern.MatchTimeout))
            .ToArray();

        var runs = new List<(bool, Regex)>();
        for (var start = 0; start < rules.Count;)
        {
            var end = start;
            while (end < rules.Count && rules[end].IsBreak == rules[start].IsBreak)
            {
                end++;
            }

            var alternatives = rules.Skip(start).Take(end - start).Select(r => r.AsLookaround()).Distinct(StringComparer.Ordinal);
            runs.Add((rules[start].IsBreak, new Regex(@"\G(?:" + string.Join('|', alternatives) + ")", Compiled, SrxPattern.MatchTimeout)));
            start = end;
        }

        _runs = [.. runs];
    }

    /// <summary>Adds the break offsets (0 &lt; offset &lt; length) inside one line to <paramref name="breaks"/>, ascending.</summary>
    public void FindBreaks(ReadOnlySpan<char> line, List<int> breaks)
    {
        if (_scanners.Length == 0 || line.Length < 2)
        {
            return;
        }

        var first = breaks.Count;
        foreach (var scanner in _scanners)
        {
            foreach (var match in scanner.EnumerateMatches(line))
            {
                if (match.Index > 0 && match.Index < line.Length)
                {
                    breaks.Add(match.Index);
                }
            }
        }

        var candidates = breaks.Count - first;
        if (candidates == 0)
        {
            return;
        }

        if (_scanners.Length > 1)
        {
            breaks.Sort(first, candidates, Comparer<int>.Default);
        }

        var kept = first;
        var previous = -1;
        for (var i = first; i < first + candidates; i++)
        {
            var position = breaks[i];
            if (position != previous && Decide(line, position))
            {
                breaks[kept++] = position;
            }

            previous = position;
        }

        breaks.RemoveRange(kept, breaks.Count - kept);
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
}
