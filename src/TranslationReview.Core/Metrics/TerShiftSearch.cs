namespace TranslationReview.Core.Metrics;

/// <summary>
/// The number of TER edits (shifts plus word edits) from a hypothesis to a reference, following tercom as
/// sacreBLEU's <c>lib_ter</c> does: greedily apply the block shift that lowers the edit distance most, until none
/// does. A block is tried only when it matches the reference elsewhere (at most 10 words, at most 50 positions
/// away), is wrong where it stands and where it would go, and the search stops after 1,000 candidates.
/// </summary>
internal static class TerShiftSearch
{
    private const int MaxShiftSize = 10;
    private const int MaxShiftDistance = 50;
    private const int MaxShiftCandidates = 1000;

    /// <summary>Edits needed to turn <paramref name="hypothesis"/> into <paramref name="reference"/>.</summary>
    public static int Edits(string[] hypothesis, string[] reference)
    {
        if (reference.Length == 0)
        {
            return hypothesis.Length;
        }

        var distance = new TerEditDistance(reference);
        var shifts = 0;
        var checkedCandidates = 0;
        var words = hypothesis;
        while (true)
        {
            var (gain, shifted) = BestShift(words, reference, distance, ref checkedCandidates);
            // sacreBLEU checks the candidate budget before applying the shift it just found.
            if (checkedCandidates >= MaxShiftCandidates || gain <= 0)
            {
                break;
            }

            shifts++;
            words = shifted;
        }

        return shifts + distance.Compute(words).Distance;
    }

    private static (int Gain, string[] Words) BestShift(
        string[] words, string[] reference, TerEditDistance distance, ref int checkedCandidates)
    {
        var (score, trace) = distance.Compute(words);
        var (align, referenceError, hypothesisError) = Alignment(trace, words.Length, reference.Length);
        Candidate? best = null;
        foreach (var (startH, startR, length) in MatchingBlocks(words, reference))
        {
            if (!AnyError(hypothesisError, startH, length) || !AnyError(referenceError, startR, length)
                || (startH <= align[startR] && align[startR] < startH + length))
            {
                continue;
            }

            var previousTarget = -1;
            for (var offset = -1; offset < length; offset++)
            {
                var target = startR + offset == -1 ? 0 : align[startR + offset] + 1;
                if (target == previousTarget)
                {
                    continue;
                }

                previousTarget = target;
                var shifted = Shift(words, startH, length, target);
                var candidate = new Candidate(score - distance.Compute(shifted).Distance, length, startH, target, shifted);
                checkedCandidates++;
                if (best is null || candidate.RanksAbove(best))
                {
                    best = candidate;
                }
            }

            if (checkedCandidates >= MaxShiftCandidates)
            {
                break;
            }
        }

        return best is null ? (0, words) : (best.Gain, best.Words);
    }

    /// <summary>For each reference position the hypothesis position it follows, and the error flags of both sides.</summary>
    private static (int[] Align, bool[] ReferenceError, bool[] HypothesisError) Alignment(byte[] trace, int hypLength, int refLength)
    {
        var align = new int[refLength];
        var referenceError = new bool[refLength];
        var hypothesisError = new bool[hypLength];
        int h = -1, r = -1;
        foreach (var operation in trace)
        {
            switch (operation)
            {
                case TerEditDistance.Match or TerEditDistance.Substitute:
                    h++;
                    r++;
                    align[r] = h;
                    hypothesisError[h] = referenceError[r] = operation == TerEditDistance.Substitute;
                    break;
                case TerEditDistance.Delete:
                    h++;
                    hypothesisError[h] = true;
                    break;
                default:
                    r++;
                    align[r] = h;
                    referenceError[r] = true;
                    break;
            }
        }

        return (align, referenceError, hypothesisError);
    }

    private static bool AnyError(bool[] errors, int start, int length)
    {
        for (var i = start; i < Math.Min(errors.Length, start + length); i++)
        {
            if (errors[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every block of up to 10 words equal on both sides, in sacreBLEU's enumeration order.</summary>
    private static IEnumerable<(int StartH, int StartR, int Length)> MatchingBlocks(string[] words, string[] reference)
    {
        for (var startH = 0; startH < words.Length; startH++)
        {
            for (var startR = 0; startR < reference.Length; startR++)
            {
                if (Math.Abs(startR - startH) > MaxShiftDistance)
                {
                    continue;
                }

                for (var length = 1; length <= MaxShiftSize; length++)
                {
                    if (!string.Equals(words[startH + length - 1], reference[startR + length - 1], StringComparison.Ordinal))
                    {
                        break;
                    }

                    yield return (startH, startR, length);
                    if (startH + length == words.Length || startR + length == reference.Length)
                    {
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Moves <paramref name="length"/> words at <paramref name="start"/> to before position <paramref name="target"/>.</summary>
    private static string[] Shift(string[] words, int start, int length, int target)
    {
        var result = new List<string>(words.Length);
        if (target < start)
        {
            result.AddRange(words[..target]);
            result.AddRange(words[start..(start + length)]);
            result.AddRange(words[target..start]);
            result.AddRange(words[(start + length)..]);
        }
        else if (target > start + length)
        {
            result.AddRange(words[..start]);
            result.AddRange(words[(start + length)..target]);
            result.AddRange(words[start..(start + length)]);
            result.AddRange(words[target..]);
        }
        else
        {
            var middleEnd = Math.Min(words.Length, length + target);
            result.AddRange(words[..start]);
            result.AddRange(words[(start + length)..middleEnd]);
            result.AddRange(words[start..(start + length)]);
            result.AddRange(words[middleEnd..]);
        }

        return [.. result];
    }

    /// <summary>tercom's ranking: biggest gain, then longest block, then earliest block, then earliest target.</summary>
    private sealed record Candidate(int Gain, int Length, int StartH, int Target, string[] Words)
    {
        public bool RanksAbove(Candidate other) =>
            Gain != other.Gain ? Gain > other.Gain
            : Length != other.Length ? Length > other.Length
            : StartH != other.StartH ? StartH < other.StartH
            : Target < other.Target;
    }
}
