namespace TranslationReview.Core.Metrics;

/// <summary>
/// Word-level Levenshtein distance from a hypothesis to one fixed reference, as tercom and sacreBLEU compute it
/// for TER: only a beam of cells around the (length-ratio) diagonal is filled, ties prefer match/substitution,
/// then deletion, then insertion, and the operation trace is kept so the shift search can see the alignment.
/// Rows are cached in a trie over hypothesis prefixes because every shift candidate shares a prefix with the others.
/// </summary>
internal sealed class TerEditDistance
{
    public const byte Match = (byte)' ';
    public const byte Substitute = (byte)'s';
    public const byte Insert = (byte)'i';
    public const byte Delete = (byte)'d';
    private const byte Undefined = (byte)'x';
    private const int BeamWidth = 25;
    private const int MaxCacheSize = 10_000;
    private const long Infinity = 10_000_000_000_000_000;

    private readonly string[] reference;
    private readonly Cell[] initialRow;
    private readonly CacheNode cache = new();
    private int cacheSize;

    public TerEditDistance(string[] reference)
    {
        this.reference = reference;
        initialRow = new Cell[reference.Length + 1];
        for (var j = 0; j < initialRow.Length; j++)
        {
            initialRow[j] = new Cell(j, Insert);
        }
    }

    /// <summary>The distance and the trace of operations rewriting the hypothesis into the reference.</summary>
    public (int Distance, byte[] Trace) Compute(string[] hypothesis)
    {
        var rows = new Cell[hypothesis.Length + 1][];
        rows[0] = initialRow;
        var node = cache;
        var start = 0;
        while (start < hypothesis.Length && node.Children.TryGetValue(hypothesis[start], out var next))
        {
            node = next;
            rows[++start] = next.Row;
        }

        Fill(hypothesis, rows, start);
        AddToCache(hypothesis, rows, node, start);
        return ((int)rows[hypothesis.Length][reference.Length].Cost, Trace(rows, hypothesis.Length));
    }

    private void Fill(string[] hypothesis, Cell[][] rows, int start)
    {
        var n = hypothesis.Length;
        var m = reference.Length;
        var lengthRatio = n > 0 ? (double)m / n : 1.0;
        var beam = BeamWidth < lengthRatio / 2 ? (int)Math.Ceiling((lengthRatio / 2) + BeamWidth) : BeamWidth;
        for (var i = start + 1; i <= n; i++)
        {
            var row = new Cell[m + 1];
            Array.Fill(row, new Cell(Infinity, Undefined));
            var previous = rows[i - 1];
            var diagonal = (int)Math.Floor(i * lengthRatio);
            var minJ = Math.Max(0, diagonal - beam);
            var maxJ = i == n ? m + 1 : Math.Min(m + 1, diagonal + beam);
            for (var j = minJ; j < maxJ; j++)
            {
                if (j == 0)
                {
                    row[0] = new Cell(previous[0].Cost + 1, Delete);
                    continue;
                }

                var same = string.Equals(hypothesis[i - 1], reference[j - 1], StringComparison.Ordinal);
                var best = new Cell(previous[j - 1].Cost + (same ? 0 : 1), same ? Match : Substitute);
                if (previous[j].Cost + 1 < best.Cost)
                {
                    best = new Cell(previous[j].Cost + 1, Delete);
                }

                if (row[j - 1].Cost + 1 < best.Cost)
                {
                    best = new Cell(row[j - 1].Cost + 1, Insert);
                }

                row[j] = best;
            }

            rows[i] = row;
        }
    }

    private byte[] Trace(Cell[][] rows, int n)
    {
        var trace = new List<byte>(n + reference.Length);
        var (i, j) = (n, reference.Length);
        while (i > 0 || j > 0)
        {
            var operation = rows[i][j].Operation;
            trace.Add(operation);
            switch (operation)
            {
                case Match or Substitute:
                    i--;
                    j--;
                    break;
                case Insert:
                    j--;
                    break;
                case Delete:
                    i--;
                    break;
                default:
                    throw new InvalidOperationException("TER edit distance left the beam; the trace is incomplete");
            }
        }

        trace.Reverse();
        return [.. trace];
    }

    private void AddToCache(string[] hypothesis, Cell[][] rows, CacheNode node, int start)
    {
        for (var i = start; i < hypothesis.Length && cacheSize < MaxCacheSize; i++)
        {
            var child = new CacheNode { Row = rows[i + 1] };
            node.Children[hypothesis[i]] = child;
            cacheSize++;
            node = child;
        }
    }

    private readonly record struct Cell(long Cost, byte Operation);

    private sealed class CacheNode
    {
        public Dictionary<string, CacheNode> Children { get; } = new(StringComparer.Ordinal);

        public Cell[] Row { get; init; } = [];
    }
}
