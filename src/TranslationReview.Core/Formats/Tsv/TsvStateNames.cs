using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Tsv;

/// <summary>The names of segment states in the optional third TSV column.</summary>
internal static class TsvStateNames
{
    private static readonly (SegmentState State, string Name)[] Names =
    [
        (SegmentState.New, "new"),
        (SegmentState.Translated, "translated"),
        (SegmentState.NeedsReview, "needs-review"),
        (SegmentState.Approved, "approved"),
        (SegmentState.Rejected, "rejected"),
    ];

    /// <summary>The names a user may write, for error messages.</summary>
    public static string Known => string.Join(", ", Names.Select(n => n.Name));

    public static string NameOf(SegmentState state) => Names.First(n => n.State == state).Name;

    /// <summary>Accepts the written names in any case, and the enum names (<c>NeedsReview</c>) too.</summary>
    public static bool TryParse(string text, out SegmentState state)
    {
        var trimmed = text.Trim();
        foreach (var (candidate, name) in Names)
        {
            if (string.Equals(trimmed, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(trimmed, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                state = candidate;
                return true;
            }
        }

        state = default;
        return false;
    }

    /// <summary>The state a two-column line implies: translated when it has a target, new otherwise.</summary>
    public static SegmentState Implied(bool hasTarget) => hasTarget ? SegmentState.Translated : SegmentState.New;
}
