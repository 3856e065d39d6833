namespace TranslationReview.Core.Alignment;

/// <summary>
/// The part of the source × target grid the search may visit: for each source position <c>i</c> (0…n) a
/// range of target positions <c>Lo[i]…Hi[i]</c>. Both bounds never decrease, so the band follows the
/// diagonal path of an alignment and its size grows with the document length, not with its square.
/// </summary>
internal sealed class AlignmentBand
{
    private readonly int[] offsets;

    private AlignmentBand(int[] lo, int[] hi, int targetCount)
    {
        Lo = lo;
        Hi = hi;
        TargetCount = targetCount;
        offsets = new int[lo.Length + 1];
        RowBase = new int[lo.Length];
        for (var i = 0; i < lo.Length; i++)
        {
            offsets[i + 1] = offsets[i] + (hi[i] - lo[i] + 1);
            RowBase[i] = offsets[i] - lo[i];
        }
    }

    public int[] Lo { get; }

    public int[] Hi { get; }

    /// <summary>Index(i, j) is RowBase[i] + j: the search loops read it without a call.</summary>
    public int[] RowBase { get; }

    public int SourceCount => Lo.Length - 1;

    public int TargetCount { get; }

    public int CellCount => offsets[^1];

    public bool Contains(int i, int j) => j >= Lo[i] && j <= Hi[i];

    public int Index(int i, int j) => RowBase[i] + j;

    public static AlignmentBand Full(int sourceCount, int targetCount) =>
        new(new int[sourceCount + 1], Enumerable.Repeat(targetCount, sourceCount + 1).ToArray(), targetCount);

    /// <summary>
    /// The band around a path of grid points from (0, 0) to (n, m): every rectangle between two consecutive
    /// points, widened by <paramref name="margin"/> in both directions.
    /// </summary>
    public static AlignmentBand Around(IReadOnlyList<(int I, int J)> path, int sourceCount, int targetCount, int margin)
    {
        var lo = Enumerable.Repeat(int.MaxValue, sourceCount + 1).ToArray();
        var hi = Enumerable.Repeat(int.MinValue, sourceCount + 1).ToArray();
        for (var p = 0; p + 1 < path.Count; p++)
        {
            var (i0, j0) = path[p];
            var (i1, j1) = path[p + 1];
            for (var i = Math.Max(0, i0 - margin); i <= Math.Min(sourceCount, i1 + margin); i++)
            {
                lo[i] = Math.Min(lo[i], j0 - margin);
                hi[i] = Math.Max(hi[i], j1 + margin);
            }
        }

        lo[0] = 0;
        hi[sourceCount] = targetCount;
        for (var i = 1; i <= sourceCount; i++)
        {
            hi[i] = Math.Max(hi[i], hi[i - 1]);
        }

        for (var i = sourceCount - 1; i >= 0; i--)
        {
            lo[i] = Math.Min(lo[i], lo[i + 1]);
        }

        for (var i = 0; i <= sourceCount; i++)
        {
            lo[i] = Math.Clamp(lo[i], 0, targetCount);
            hi[i] = Math.Clamp(hi[i], lo[i], targetCount);
            if (i > 0 && lo[i] > hi[i - 1])
            {
                // Keep every row reachable from the one before with a single step.
                lo[i] = hi[i - 1];
            }
        }

        return new AlignmentBand(lo, hi, targetCount);
    }

    /// <summary>The part of this band that also lies in <paramref name="outer"/>; both must contain one common path.</summary>
    public AlignmentBand Within(AlignmentBand outer)
    {
        var lo = new int[Lo.Length];
        var hi = new int[Hi.Length];
        for (var i = 0; i < Lo.Length; i++)
        {
            lo[i] = Math.Max(Lo[i], outer.Lo[i]);
            hi[i] = Math.Max(lo[i], Math.Min(Hi[i], outer.Hi[i]));
        }

        return new AlignmentBand(lo, hi, TargetCount);
    }
}
