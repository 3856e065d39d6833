using Microsoft.EntityFrameworkCore;

namespace TranslationReview.Data.Segments;

/// <summary>Renumbers the tail of a document after a merge or split, keeping positions 1…n contiguous.</summary>
internal static class PositionShift
{
    /// <summary>Adds <paramref name="delta"/> to every position from <paramref name="fromPosition"/> on, and to the document's count.</summary>
    public static async Task ApplyAsync(ReviewDbContext db, int documentId, int fromPosition, int delta, CancellationToken cancellationToken)
    {
        // SQLite checks the unique (DocumentId, Position) index row by row, so shifting in place collides with the
        // neighbour: first move the tail to negative positions, then flip them back.
        await db.Segments
            .Where(s => s.DocumentId == documentId && s.Position >= fromPosition)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Position, s => -(s.Position + delta)), cancellationToken)
            .ConfigureAwait(false);
        await db.Segments
            .Where(s => s.DocumentId == documentId && s.Position < 0)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Position, s => -s.Position), cancellationToken)
            .ConfigureAwait(false);
        await db.Documents
            .Where(d => d.Id == documentId)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.SegmentCount, d => d.SegmentCount + delta), cancellationToken)
            .ConfigureAwait(false);
    }
}
