namespace TranslationReview.Core.Alignment;

/// <summary>
/// Dynamic programming over the grid points inside an <see cref="AlignmentBand"/>: the cheapest sequence of
/// beads from (0, 0) to (n, m), and how probable each of its beads is among all bead sequences in the band.
/// </summary>
internal static class BeadSearch
{
    /// <summary>
    /// The cheapest path as grid points (0, 0) … (n, m); consecutive points delimit one bead. A run of
    /// unmatched sentences pays <paramref name="gapOpenCost"/> once on top of its per-sentence cost, so one
    /// long untranslated passage is preferred to the same sentences left out here and there.
    /// </summary>
    public static List<(int I, int J)> Cheapest(BeadCostModel model, AlignmentBand band, BeadShape[] shapes, double gapOpenCost)
    {
        // State 0: the last bead paired sentences; 1: it left out a source sentence; 2: a target sentence.
        var cells = band.CellCount;
        var cost = new double[3][];
        var step = new byte[3][];
        for (var state = 0; state < 3; state++)
        {
            cost[state] = new double[cells];
            step[state] = new byte[cells];
            Array.Fill(cost[state], double.PositiveInfinity);
        }

        var (sourceOf, targetOf, stateOf, lowerBound) = Unpack(model, shapes);
        int[] lo = band.Lo, hi = band.Hi, rowBase = band.RowBase;
        double[] paired = cost[0], sourceLeft = cost[1], targetLeft = cost[2];
        paired[0] = 0;
        var cheapest = new double[cells];
        var bestState = new byte[cells];
        Span<double> best = stackalloc double[3];
        Span<byte> bestStep = stackalloc byte[3];
        for (var i = 0; i <= band.SourceCount; i++)
        {
            for (var j = lo[i]; j <= hi[i]; j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }

                var cell = rowBase[i] + j;
                best.Fill(double.PositiveInfinity);
                for (var k = 0; k < shapes.Length; k++)
                {
                    int i0 = i - sourceOf[k], j0 = j - targetOf[k];
                    if (i0 < 0 || j0 < lo[i0] || j0 > hi[i0])
                    {
                        continue;
                    }

                    var start = rowBase[i0] + j0;
                    var state = stateOf[k];

                    // Continuing a run of the same kind is free; anything else starts from the best state.
                    var previous = bestState[start];
                    var arrival = cheapest[start] + (state != 0 ? gapOpenCost : 0);
                    if (state != 0)
                    {
                        var run = (state == 1 ? sourceLeft : targetLeft)[start];
                        if (run <= arrival)
                        {
                            previous = (byte)state;
                            arrival = run;
                        }
                    }

                    // Length and lexical costs are never negative: a shape whose prior alone loses is skipped.
                    var limit = best[state];
                    if (arrival + lowerBound[k] >= limit)
                    {
                        continue;
                    }

                    var total = arrival + model.CostBelow(i0, j0, sourceOf[k], targetOf[k], arrival, limit);
                    if (total < limit)
                    {
                        best[state] = total;
                        bestStep[state] = (byte)((k * 3) + previous);
                    }
                }

                var minimum = best[0];
                byte minimumState = 0;
                for (var state = 0; state < 3; state++)
                {
                    cost[state][cell] = best[state];
                    if (best[state] < double.PositiveInfinity)
                    {
                        step[state][cell] = bestStep[state];
                    }

                    if (state > 0 && best[state] < minimum)
                    {
                        minimum = best[state];
                        minimumState = (byte)state;
                    }
                }

                cheapest[cell] = minimum;
                bestState[cell] = minimumState;
            }
        }

        var end = band.Index(band.SourceCount, band.TargetCount);
        var current = 0;
        for (var state = 1; state < 3; state++)
        {
            if (cost[state][end] < cost[current][end])
            {
                current = state;
            }
        }

        var path = new List<(int I, int J)>();
        int pi = band.SourceCount, pj = band.TargetCount;
        path.Add((pi, pj));
        while (pi > 0 || pj > 0)
        {
            var code = step[current][band.Index(pi, pj)];
            var shape = shapes[code / 3];
            current = code % 3;
            pi -= shape.Source;
            pj -= shape.Target;
            path.Add((pi, pj));
        }

        path.Reverse();
        return path;
    }

    /// <summary>
    /// For each bead of <paramref name="path"/>, the posterior probability that the document pair contains
    /// exactly that bead, summing over every bead sequence in the band with probabilities exp(−cost) under
    /// the same model as <see cref="Cheapest"/>. For an unmatched sentence it is the probability that the
    /// sentence has no counterpart at all, wherever it would be left out.
    /// </summary>
    public static double[] Posteriors(BeadCostModel model, AlignmentBand band, IReadOnlyList<(int I, int J)> path, double gapOpenCost)
    {
        var shapes = BeadShape.All;
        var forward = NewStates(band.CellCount, double.NegativeInfinity);
        var backward = NewStates(band.CellCount, double.NegativeInfinity);

        // Each bead's cost is needed by both passes: keep it, indexed by start point and shape.
        var beadCost = new double[band.CellCount * shapes.Length];
        Array.Fill(beadCost, double.PositiveInfinity);
        forward[0][0] = 0;
        var arrival = NewStates(band.CellCount, double.NegativeInfinity);
        StoreArrival(forward, arrival, 0, gapOpenCost);
        Span<LogSum> sums = stackalloc LogSum[3];
        for (var i = 0; i <= band.SourceCount; i++)
        {
            for (var j = band.Lo[i]; j <= band.Hi[i]; j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }

                sums.Clear();
                for (var k = 0; k < shapes.Length; k++)
                {
                    int i0 = i - shapes[k].Source, j0 = j - shapes[k].Target;
                    if (i0 >= 0 && j0 >= 0 && band.Contains(i0, j0))
                    {
                        var start = band.Index(i0, j0);
                        var cost = model.Cost(i0, j0, shapes[k]);
                        beadCost[(start * shapes.Length) + k] = cost;
                        var state = StateAfter(shapes[k]);
                        sums[state].Add(arrival[state][start] - cost);
                    }
                }

                var cell = band.Index(i, j);
                for (var state = 0; state < 3; state++)
                {
                    forward[state][cell] = sums[state].Value;
                }

                StoreArrival(forward, arrival, cell, gapOpenCost);
            }
        }

        var end = band.Index(band.SourceCount, band.TargetCount);
        for (var state = 0; state < 3; state++)
        {
            backward[state][end] = 0;
        }

        for (var i = band.SourceCount; i >= 0; i--)
        {
            for (var j = band.Hi[i]; j >= band.Lo[i]; j--)
            {
                var cell = band.Index(i, j);
                if (cell == end)
                {
                    continue;
                }

                // Leaving this point by bead k into state s' costs the bead plus, for a new run of
                // unmatched sentences, the gap-opening cost that depends on the state we are in.
                // A paired bead adds the same term to all three sums, which mostly share their largest
                // term too: the last exponential is remembered rather than computed three times.
                sums.Clear();
                var exp = default(LastExp);
                for (var k = 0; k < shapes.Length; k++)
                {
                    int i1 = i + shapes[k].Source, j1 = j + shapes[k].Target;
                    if (i1 <= band.SourceCount && j1 <= band.TargetCount && band.Contains(i1, j1))
                    {
                        var next = StateAfter(shapes[k]);
                        var rest = backward[next][band.Index(i1, j1)] - beadCost[(cell * shapes.Length) + k];
                        for (var state = 0; state < 3; state++)
                        {
                            sums[state].Add(rest - Opening(next, state, gapOpenCost), ref exp);
                        }
                    }
                }

                for (var state = 0; state < 3; state++)
                {
                    backward[state][cell] = sums[state].Value;
                }
            }
        }

        var total = new LogSum();
        for (var state = 0; state < 3; state++)
        {
            total.Add(forward[state][end]);
        }

        var z = total.Value;
        var (sourceSkipped, targetSkipped) = SkipPosteriors(band, arrival, backward, beadCost, z);
        var posteriors = new double[path.Count - 1];
        for (var p = 0; p + 1 < path.Count; p++)
        {
            var (i0, j0) = path[p];
            var (i1, j1) = path[p + 1];
            var shape = new BeadShape(i1 - i0, j1 - j0);
            posteriors[p] = shape switch
            {
                { Target: 0 } => sourceSkipped[i0],
                { Source: 0 } => targetSkipped[j0],
                _ => Math.Exp(arrival[0][band.Index(i0, j0)] - model.Cost(i0, j0, shape) + backward[0][band.Index(i1, j1)] - z),
            };
            posteriors[p] = Math.Clamp(posteriors[p], 0.0, 1.0);
        }

        return posteriors;
    }

    /// <summary>The shapes as flat arrays for the search loop: sides, state entered, cost lower bound.</summary>
    private static (int[] Source, int[] Target, int[] State, double[] LowerBound) Unpack(BeadCostModel model, BeadShape[] shapes)
    {
        var source = new int[shapes.Length];
        var target = new int[shapes.Length];
        var state = new int[shapes.Length];
        var lowerBound = new double[shapes.Length];
        for (var k = 0; k < shapes.Length; k++)
        {
            source[k] = shapes[k].Source;
            target[k] = shapes[k].Target;
            state[k] = StateAfter(shapes[k]);
            lowerBound[k] = model.LowerBound(shapes[k]);
        }

        return (source, target, state, lowerBound);
    }

    private static int StateAfter(BeadShape shape) => shape.Target == 0 ? 1 : shape.Source == 0 ? 2 : 0;

    private static double Opening(int state, int previous, double gapOpenCost) =>
        state != 0 && state != previous ? gapOpenCost : 0;

    /// <summary>For each state, log Σ over the states at <paramref name="cell"/> of reaching it and then entering that state.</summary>
    private static void StoreArrival(double[][] forward, double[][] arrival, int cell, double gapOpenCost)
    {
        for (var state = 0; state < 3; state++)
        {
            var sum = new LogSum();
            for (var previous = 0; previous < 3; previous++)
            {
                sum.Add(forward[previous][cell] - Opening(state, previous, gapOpenCost));
            }

            arrival[state][cell] = sum.Value;
        }
    }

    private static double[][] NewStates(int cells, double value)
    {
        var states = new double[3][];
        for (var state = 0; state < 3; state++)
        {
            states[state] = new double[cells];
            Array.Fill(states[state], value);
        }

        return states;
    }

    private static (double[] Source, double[] Target) SkipPosteriors(
        AlignmentBand band, double[][] arrival, double[][] backward, double[] beadCost, double z)
    {
        var shapes = BeadShape.All;
        var sourceSkip = Array.IndexOf(shapes, new BeadShape(1, 0));
        var targetSkip = Array.IndexOf(shapes, new BeadShape(0, 1));
        var source = new double[band.SourceCount];
        var target = new double[band.TargetCount];
        for (var i = 0; i <= band.SourceCount; i++)
        {
            for (var j = band.Lo[i]; j <= band.Hi[i]; j++)
            {
                var start = band.Index(i, j);
                if (i < band.SourceCount && band.Contains(i + 1, j))
                {
                    source[i] += Math.Exp(arrival[1][start] - beadCost[(start * shapes.Length) + sourceSkip]
                        + backward[1][band.Index(i + 1, j)] - z);
                }

                if (j < band.TargetCount && band.Contains(i, j + 1))
                {
                    target[j] += Math.Exp(arrival[2][start] - beadCost[(start * shapes.Length) + targetSkip]
                        + backward[2][band.Index(i, j + 1)] - z);
                }
            }
        }

        return (source, target);
    }

    /// <summary>Math.Exp with the last argument and result remembered.</summary>
    private struct LastExp
    {
        private double argument;
        private double result;
        private bool known;

        public double Of(double x)
        {
            if (!known || BitConverter.DoubleToInt64Bits(x) != BitConverter.DoubleToInt64Bits(argument))
            {
                argument = x;
                result = Math.Exp(x);
                known = true;
            }

            return result;
        }
    }

    /// <summary>Accumulates log(Σ exp(x)) without overflow.</summary>
    private struct LogSum
    {
        private double max;
        private double scaled;
        private bool any;

        public readonly double Value => any ? max + Math.Log(scaled) : double.NegativeInfinity;

        public void Add(double x)
        {
            var exp = default(LastExp);
            Add(x, ref exp);
        }

        public void Add(double x, ref LastExp exp)
        {
            // Terms below e^-40 of the largest cannot change the sum in double precision worth speaking of.
            if (double.IsNegativeInfinity(x) || (any && x < max - 40))
            {
                return;
            }

            if (!any)
            {
                max = x;
                scaled = 1.0;
                any = true;
            }
            else if (x <= max)
            {
                scaled += exp.Of(x - max);
            }
            else
            {
                scaled = (scaled * exp.Of(max - x)) + 1.0;
                max = x;
            }
        }
    }
}
