namespace TranslationReview.Core.Alignment;

/// <summary>How many source and target sentences a bead takes.</summary>
internal readonly record struct BeadShape(int Source, int Target)
{
    /// <summary>1-1, deletions, insertions, splits and merges up to five sentences in one bead.</summary>
    public static readonly BeadShape[] All =
    [
        new(1, 1), new(1, 0), new(0, 1), new(1, 2), new(2, 1), new(2, 2), new(1, 3), new(3, 1),
        new(2, 3), new(3, 2), new(1, 4), new(4, 1),
    ];

    /// <summary>The common shapes, enough to find where the alignment runs before the final search.</summary>
    public static readonly BeadShape[] Common = [new(1, 1), new(1, 0), new(0, 1), new(1, 2), new(2, 1), new(2, 2)];

    /// <summary>The widest side of any shape in <see cref="All"/>.</summary>
    public const int MaxSide = 4;
}
