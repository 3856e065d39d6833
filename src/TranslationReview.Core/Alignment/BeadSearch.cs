namespace TranslationReview.Core.Alignment;

/// <summary>
/// Dynamic programming over the grid points inside an <see cref="AlignmentBand"/>: the cheapest sequence of
/// beads from (0, 0) to (n, m), and how probable each of its beads is among all bead sequences in the band.
/// </summary>
internal static class BeadSearch
{
    /// <summary>The cheapest path as grid points (0, 0) … (n, m); consecutive points delimit one bead.</summary>
    public static List<(int I, int J)> Cheapest(BeadCostModel model, AlignmentBand band, BeadShape[] shapes)
    {
        var cost = new double[band.CellCount];
        var step = new byte[band.CellCount];
        for (var i = 0; i <= band.SourceCount; i++)
        {
            for (var j = band.Lo[i]; j <= band.Hi[i]; j++)
            {
                var cell = band.Index(i, j);
                if (i == 0 && j == 0)
                {
                    continue;
                }

                var best = double.PositiveInfinity;
                byte bestShape = 0;
                for (var k = 0; k < shapes.Length; k++)
                {
                    var i0 = i - shapes[k].Source;
                    var j0 = j - shapes[k].Target;
                    if (i0 < 0 || j0 < 0 || !band.Contains(i0, j0))
                    {
                        continue;
                    }

                    var total = cost[band.Index(i0, j0)] + model.Cost(i0, j0, shapes[k]);
                    if (total < best)
                    {
                        best = total;
                        bestShape = (byte)k;
                    }
                }

                cost[cell] = best;
                step[cell] = bestShape;
            }
        }

        var path = new List<(int I, int J)>();
        int pi = band.SourceCount, pj = band.TargetCount;
        path.Add((pi, pj));
        while (pi > 0 || pj > 0)
        {
            var shape = shapes[step[band.Index(pi, pj)]];
            pi -= shape.Source;
            pj -= shape.Target;
            path.Add((pi, pj));
        }

        path.Reverse();
        return path;
    }

    /// <summary>
    /// For each bead of <paramref name="path"/>, the posterior probability that the document pair contains
    /// exactly that bead, summing over every bead sequence in the band with probabilities exp(−cost).
    /// </summary>
    public static double[] Posteriors(BeadCostModel model, AlignmentBand band, IReadOnlyList<(int I, int J)> path)
    {
        var shapes = BeadShape.All;
        var forward = new double[band.CellCount];
        var backward = new double[band.CellCount];

        // Each bead's cost is needed by both passes: keep it, indexed by start point and shape.
        var beadCost = new double[band.CellCount * shapes.Length];
        Array.Fill(beadCost, double.PositiveInfinity);
        for (var i = 0; i <= band.SourceCount; i++)
        {
            for (var j = band.Lo[i]; j <= band.Hi[i]; j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }

                var sum = new LogSum();
                for (var k = 0; k < shapes.Length; k++)
                {
                    int i0 = i - shapes[k].Source, j0 = j - shapes[k].Target;
                    if (i0 >= 0 && j0 >= 0 && band.Contains(i0, j0))
                    {
                        var start = band.Index(i0, j0);
                        var cost = model.Cost(i0, j0, shapes[k]);
                        beadCost[(start * shapes.Length) + k] = cost;
                        sum.Add(forward[start] - cost);
                    }
                }

                forward[band.Index(i, j)] = sum.Value;
            }
        }

        for (var i = band.SourceCount; i >= 0; i--)
        {
            for (var j = band.Hi[i]; j >= band.Lo[i]; j--)
            {
                if (i == band.SourceCount && j == band.TargetCount)
                {
                    continue;
                }

                var sum = new LogSum();
                var start = band.Index(i, j) * shapes.Length;
                for (var k = 0; k < shapes.Length; k++)
                {
                    int i1 = i + shapes[k].Source, j1 = j + shapes[k].Target;
                    if (i1 <= band.SourceCount && j1 <= band.TargetCount && band.Contains(i1, j1))
                    {
                        sum.Add(backward[band.Index(i1, j1)] - beadCost[start + k]);
                    }
                }

                backward[band.Index(i, j)] = sum.Value;
            }
        }

        var total = forward[band.Index(band.SourceCount, band.TargetCount)];
        var (sourceSkipped, targetSkipped) = SkipPosteriors(band, forward, backward, beadCost, total);
        var posteriors = new double[path.Count - 1];
        for (var p = 0; p + 1 < path.Count; p++)
        {
            var (i0, j0) = path[p];
            var (i1, j1) = path[p + 1];
            var shape = new BeadShape(i1 - i0, j1 - j0);
            var logProbability = forward[band.Index(i0, j0)] - model.Cost(i0, j0, shape) + backward[band.Index(i1, j1)] - total;
            posteriors[p] = shape switch
            {
                // For an unmatched sentence the question is whether it has no counterpart, not between
                // which two neighbours it sits: sum over every place it could be left out.
                { Target: 0 } => sourceSkipped[i0],
                { Source: 0 } => targetSkipped[j0],
                _ => Math.Exp(logProbability),
            };
            posteriors[p] = Math.Clamp(posteriors[p], 0.0, 1.0);
        }

        return posteriors;
    }

    private static (double[] Source, double[] Target) SkipPosteriors(AlignmentBand band, double[] forward, double[] backward, double[] beadCost, double total)
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
                    source[i] += Math.Exp(forward[start] - beadCost[(start * shapes.Length) + sourceSkip] + backward[band.Index(i + 1, j)] - total);
                }

                if (j < band.TargetCount && band.Contains(i, j + 1))
                {
                    target[j] += Math.Exp(forward[start] - beadCost[(start * shapes.Length) + targetSkip] + backward[band.Index(i, j + 1)] - total);
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
