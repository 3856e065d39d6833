using TranslationReview.Core.Diffing;

namespace TranslationReview.Web.Components.Shared;

/// <summary>
/// One run of a diff as a renderer lays it out: equal, deleted, inserted, or a replaced word shown by its changed
/// letters (<see cref="Letters"/>, with <see cref="Old"/> the word it replaced).
/// </summary>
public sealed record DiffPiece(DiffPieceKind Kind, string Text, IReadOnlyList<DiffSpan>? Letters = null, string? Old = null)
{
    /// <summary>The pieces of an inline diff: a replacement with letter detail becomes one <see cref="DiffPieceKind.Replaced"/> piece.</summary>
    public static IReadOnlyList<DiffPiece> Inline(TextDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var pieces = new List<DiffPiece>(diff.Spans.Count);
        var spans = diff.Spans;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Kind == DiffOperation.Delete && i + 1 < spans.Count && spans[i + 1] is { Kind: DiffOperation.Insert, CharacterDetail: { } letters } next)
            {
                pieces.Add(new DiffPiece(DiffPieceKind.Replaced, next.Text, letters, span.Text));
                i++;
                continue;
            }

            pieces.Add(new DiffPiece(KindOf(span.Kind), span.Text));
        }

        return pieces;
    }

    /// <summary>
    /// The pieces of one side of a side-by-side diff: the old side keeps equal and deleted runs, the new side equal and
    /// inserted ones; a replaced word shows only its own side's changed letters.
    /// </summary>
    public static IReadOnlyList<DiffPiece> Side(TextDiff diff, bool oldSide)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var pieces = new List<DiffPiece>(diff.Spans.Count);
        var spans = diff.Spans;
        var dropped = oldSide ? DiffOperation.Insert : DiffOperation.Delete;
        var changedLetter = oldSide ? DiffOperation.Delete : DiffOperation.Insert;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Kind == DiffOperation.Delete && i + 1 < spans.Count && spans[i + 1] is { Kind: DiffOperation.Insert, CharacterDetail: { } letters } next)
            {
                var own = letters.Where(l => l.Kind == DiffOperation.Equal || l.Kind == changedLetter).ToList();
                pieces.Add(new DiffPiece(DiffPieceKind.Replaced, oldSide ? span.Text : next.Text, own, oldSide ? next.Text : span.Text));
                i++;
            }
            else if (span.Kind != dropped)
            {
                pieces.Add(new DiffPiece(KindOf(span.Kind), span.Text));
            }
        }

        return pieces;
    }

    private static DiffPieceKind KindOf(DiffOperation operation) => operation switch
    {
        DiffOperation.Insert => DiffPieceKind.Inserted,
        DiffOperation.Delete => DiffPieceKind.Deleted,
        _ => DiffPieceKind.Equal,
    };
}
