namespace TranslationReview.Core.Alignment;

/// <summary>
/// A floor under Gale and Church's length cost −ln(erfc(δ/√2)) that costs a table lookup instead of a
/// logarithm and a polynomial, so the search can drop a bead that loses even with its length cost at that
/// floor. The cost rises with δ, and the fit that computes it is within 1.2e-7 (relative, on erfc) of the
/// true function; the table holds the fit on a grid of δ, lowered by a margin well beyond that error, so
/// the floor never exceeds the cost <see cref="BeadCostModel"/> computes and pruning changes no result.
/// </summary>
internal static class LengthCostFloor
{
    // Grid steps of 1/512 are exact in binary, so a gap's grid point is never above the gap itself.
    private const double Scale = 512;
    private const double MaximumGap = 64;
    private const double Margin = 1e-6;
    private static readonly double[] Floors = Build();

    /// <summary>No length cost is below this (the fit dips a hair below zero at δ = 0).</summary>
    public static double Lowest { get; } = Floors[0];

    /// <summary>A value no larger than the length cost of gap <paramref name="delta"/> (δ ≥ 0).</summary>
    public static double At(double delta) =>
        Floors[delta < MaximumGap ? (int)(delta * Scale) : Floors.Length - 1];

    private static double[] Build()
    {
        var floors = new double[(int)(MaximumGap * Scale) + 1];
        for (var k = 0; k < floors.Length; k++)
        {
            floors[k] = BeadCostModel.NegativeLogTail(k / Scale) - Margin;
        }

        // Fit wiggles must not make a lower grid point's floor higher than a later one's.
        for (var k = floors.Length - 2; k >= 0; k--)
        {
            floors[k] = Math.Min(floors[k], floors[k + 1]);
        }

        return floors;
    }
}
