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
        var cost = new double[3][];
        var step = new byte[3][];
        for (var state = 0; state < 3; state++)
        {
            cost[state] = new double[band.CellCount];
            step[state] = new byte[band.CellCount];
            Array.Fill(cost[state], double.PositiveInfinity);
        }

        cost[0][0] = 0;
        var cheapest = new double[band.CellCount];
        var bestState = new byte[band.CellCount];
        for (var i = 0; i <= band.SourceCount; i++)
        {
            for (var j = band.Lo[i]; j <= band.Hi[i]; j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }

                var cell = band.Index(i, j);
                for (var k = 0; k < shapes.Length; k++)
                {
                    var shape = shapes[k];
                    int i0 = i - shape.Source, j0 = j - shape.Target;
                    if (i0 < 0 || j0 < 0 || !band.Contains(i0, j0))
                    {
                        continue;
                    }

                    var start = band.Index(i0, j0);
                    var state = shape.Target == 0 ? 1 : shape.Source == 0 ? 2 : 0;

                    // Continuing a run of the same kind is free; anything else starts from the best state.
                    var previous = bestState[start];
                    var arrival = cheapest[start] + (state != 0 ? gapOpenCost : 0);
                    if (state != 0 && cost[state][start] <= arrival)
                    {
                        previous = (byte)state;
                        arrival = cost[state][start];
                    }

                    // Length and lexical costs are never negative: a shape whose prior alone loses is skipped.
                    if (arrival + model.LowerBound(shape) >= cost[state][cell])
                    {
                        continue;
                    }

                    var total = arrival + model.Cost(i0, j0, shape);
                    if (total < cost[state][cell])
                    {
                        cost[state][cell] = total;
                        step[state][cell] = (byte)((k * 3) + previous);
                    }
                }

                cheapest[cell] = cost[0][cell];
                bestState[cell] = 0;
                for (var state = 1; state < 3; state++)
                {
                    if (cost[state][cell] < cheapest[cell])
                    {
                        cheapest[cell] = cost[state][cell];
                        bestState[cell] = (byte)state;
                    }
                }
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
                sums.Clear();
                for (var k = 0; k < shapes.Length; k++)
                {
                    int i1 = i + shapes[k].Source, j1 = j + shapes[k].Target;
                    if (i1 <= band.SourceCount && j1 <= band.TargetCount && band.Contains(i1, j1))
                    {
                        var next = StateAfter(shapes[k]);
                        var rest = backward[next][band.Index(i1, j1)] - beadCost[(cell * shapes.Length) + k];
                        for (var state = 0; state < 3; state++)
                        {
                            sums[state].Add(rest - Opening(next, state, gapOpenCost));
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

    /// <summary>Accumulates log(Σ exp(x)) without overflow.</summary>
    private struct LogSum
    {
        private double max;
        private double scaled;
        private bool any;

        public readonly double Value => any ? max + Math.Log(scaled) : double.NegativeInfinity;

        public void Add(double x)
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
                scaled += Math.Exp(x - max);
            }
            else
            {
                scaled = (scaled * Math.Exp(max - x)) + 1.0;
                max = x;
            }
        }
    }
}
