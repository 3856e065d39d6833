namespace TranslationReview.Core.Diffing;

/// <summary>
/// Builds the <see cref="DisagreementView"/> of the versions of a segment. Every pair of versions is diffed at word
/// level; the medoid version becomes the pivot. A pivot token is agreed when the diff of every other version against
/// the pivot keeps it; a token of another version is agreed when it is kept from an agreed pivot token. Everything
/// else is disputed: a word that only some versions add is marked in those versions, a word some versions replace
/// is marked in all of them. White space counts as disputed only between two disputed tokens, so a disputed name
/// reads as one run. Cost: n·(n−1)/2 word diffs for n versions (three for the usual two engines plus a revision).
/// </summary>
public sealed class DisagreementAnalyzer
{
    private readonly ITextDiffer _differ;

    /// <summary>Creates an analyzer over <paramref name="differ"/>, which must diff at the tokens of <see cref="WordTokenizer"/>.</summary>
    public DisagreementAnalyzer(ITextDiffer differ) => _differ = differ ?? throw new ArgumentNullException(nameof(differ));

    /// <summary>Creates an analyzer over a word-level <see cref="TextDiffer"/> (no character detail needed here).</summary>
    public DisagreementAnalyzer()
        : this(new TextDiffer(characterDetail: false))
    {
    }

    /// <summary>Compares the versions of one segment, in the order given (at least one).</summary>
    public DisagreementView Analyze(IReadOnlyList<string> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        if (versions.Count == 0)
        {
            throw new ArgumentException("A disagreement view needs at least one version.", nameof(versions));
        }

        var count = versions.Count;
        var diffs = new TextDiff[count, count];
        var similarity = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            for (var j = i + 1; j < count; j++)
            {
                var diff = _differ.Diff(versions[i], versions[j]);
                diffs[i, j] = diff;
                similarity[i] += diff.Similarity;
                similarity[j] += diff.Similarity;
                total += diff.Similarity;
            }
        }

        var pivot = 0;
        for (var v = 1; v < count; v++)
        {
            pivot = similarity[v] > similarity[pivot] + 1e-12 ? v : pivot;
        }

        var tokens = versions.Select(WordTokenizer.Tokenize).ToArray();
        var pivotAgreed = new bool[tokens[pivot].Count];
        Array.Fill(pivotAgreed, true);
        var matches = new int[count][];
        for (var v = 0; v < count; v++)
        {
            if (v != pivot)
            {
                matches[v] = Match(tokens[pivot], tokens[v], pivot < v ? diffs[pivot, v] : diffs[v, pivot], pivotIsOld: pivot < v);
                for (var i = 0; i < pivotAgreed.Length; i++)
                {
                    pivotAgreed[i] &= matches[v][i] >= 0;
                }
            }
        }

        var rows = new DisagreementRow[count];
        for (var v = 0; v < count; v++)
        {
            var disputed = new bool[tokens[v].Count];
            if (v == pivot)
            {
                for (var i = 0; i < disputed.Length; i++)
                {
                    disputed[i] = !pivotAgreed[i];
                }
            }
            else
            {
                Array.Fill(disputed, true);
                for (var i = 0; i < pivotAgreed.Length; i++)
                {
                    if (pivotAgreed[i])
                    {
                        disputed[matches[v][i]] = false;
                    }
                }
            }

            rows[v] = new DisagreementRow(v, versions[v], Spans(tokens[v], disputed));
        }

        var pairs = count * (count - 1) / 2;
        return new DisagreementView(rows, pivot, pairs == 0 ? 0.0 : Math.Clamp(1.0 - total / pairs, 0.0, 1.0));
    }

    /// <summary>For each pivot token, the index of the other version's token the diff keeps it as, or −1.</summary>
    private static int[] Match(IReadOnlyList<TextToken> pivot, IReadOnlyList<TextToken> other, TextDiff diff, bool pivotIsOld)
    {
        var matches = new int[pivot.Count];
        Array.Fill(matches, -1);
        var p = 0;
        var o = 0;
        foreach (var span in diff.Spans.Where(s => s.Kind == DiffOperation.Equal))
        {
            var pivotStart = pivotIsOld ? span.OldStart : span.NewStart;
            var otherStart = pivotIsOld ? span.NewStart : span.OldStart;
            var end = pivotStart + span.Text.Length;
            while (p < pivot.Count && pivot[p].Start < pivotStart)
            {
                p++;
            }

            for (; p < pivot.Count && pivot[p].End <= end; p++)
            {
                var target = otherStart + (pivot[p].Start - pivotStart);
                while (o < other.Count && other[o].Start < target)
                {
                    o++;
                }

                if (o < other.Count && other[o].Start == target && other[o].Text == pivot[p].Text)
                {
                    matches[p] = o;
                }
            }
        }

        return matches;
    }

    private static List<DisagreementSpan> Spans(IReadOnlyList<TextToken> tokens, bool[] disputed)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TextTokenKind.Whitespace)
            {
                disputed[i] = i > 0 && i + 1 < tokens.Count && disputed[i - 1] && disputed[i + 1] && tokens[i - 1].Kind != TextTokenKind.Whitespace;
            }
        }

        var spans = new List<DisagreementSpan>();
        var start = 0;
        for (var i = 1; i <= tokens.Count; i++)
        {
            if (i == tokens.Count || disputed[i] != disputed[start])
            {
                var first = tokens[start].Start;
                var text = string.Concat(tokens.Skip(start).Take(i - start).Select(t => t.Text));
                spans.Add(new DisagreementSpan(text, first, disputed[start]));
                start = i;
            }
        }

        return spans;
    }
}
