using Microsoft.EntityFrameworkCore;
using TranslationReview.Core.Documents;
using TranslationReview.Data.Segments;

namespace TranslationReview.Data;

/// <summary>
/// Repairs of a mis-aligned alternative with the main target's tools: move a sentence to a neighbour, merge with the
/// next segment's alternative, split off the end into the next. The sources stay as they are; the alternatives
/// changed count as confirmed (confidence 1). A segment without an alternative under the label gets one.
/// </summary>
public sealed partial class AlternativeStore
{
    /// <summary>
    /// Moves the FIRST sentence of the segment's alternative to the end of the previous segment's
    /// (<see cref="MoveDirection.ToPrevious"/>), or the LAST to the start of the next one's (<see cref="MoveDirection.ToNext"/>),
    /// finding sentences with the SRX rules of the document's target language.
    /// </summary>
    /// <returns>The two changed rows, in position order.</returns>
    /// <exception cref="ReviewNotFoundException">No such segment, or no alternative with the label in its document.</exception>
    /// <exception cref="ReviewValidationException">No neighbour that way, or no sentence to move.</exception>
    public Task<IReadOnlyList<AlternativeRow>> MoveSentenceAsync(long segmentId, string label, MoveDirection direction, CancellationToken cancellationToken)
    {
        if (direction is not (MoveDirection.ToPrevious or MoveDirection.ToNext))
        {
            throw new ReviewValidationException($"'{direction}' is not a direction to move a sentence.");
        }

        var toPrevious = direction == MoveDirection.ToPrevious;
        return RepairAsync(segmentId, label, toPrevious ? -1 : 1, (pair, language) =>
        {
            var text = RequireText(pair.This);
            if (toPrevious)
            {
                var (sentence, rest) = SentenceMove.TakeFirst(text, language, _segmenter);
                pair.Neighbour.RepairAlternative(ContentEditing.Join(pair.Neighbour.Content, sentence));
                pair.This.RepairAlternative(rest);
            }
            else
            {
                var (rest, sentence) = SentenceMove.TakeLast(text, language, _segmenter);
                pair.Neighbour.RepairAlternative(ContentEditing.Join(sentence, pair.Neighbour.Content));
                pair.This.RepairAlternative(rest);
            }
        }, cancellationToken);
    }

    /// <summary>Pulls the next segment's alternative into this one's (joined by a space); the next is left empty.</summary>
    /// <returns>The two changed rows, in position order.</returns>
    /// <exception cref="ReviewNotFoundException">No such segment, or no alternative with the label in its document.</exception>
    /// <exception cref="ReviewValidationException">The segment is the last one.</exception>
    public Task<IReadOnlyList<AlternativeRow>> MergeWithNextAsync(long segmentId, string label, CancellationToken cancellationToken) =>
        RepairAsync(segmentId, label, 1, (pair, _) =>
        {
            pair.This.RepairAlternative(ContentEditing.Join(pair.This.Content, pair.Neighbour.Content));
            pair.Neighbour.RepairAlternative(SegmentContent.Empty);
        }, cancellationToken);

    /// <summary>Pushes the segment's alternative from character <paramref name="offset"/> on to the start of the next segment's.</summary>
    /// <param name="segmentId">The segment whose alternative is split.</param>
    /// <param name="label">The alternative's label.</param>
    /// <param name="offset">Where to cut: 0 (all of it moves) up to, not including, its length.</param>
    /// <param name="cancellationToken">Cancels the repair; nothing changes.</param>
    /// <returns>The two changed rows, in position order.</returns>
    /// <exception cref="ReviewNotFoundException">No such segment, or no alternative with the label in its document.</exception>
    /// <exception cref="ReviewValidationException">The segment is the last one, or the offset is outside the text.</exception>
    public Task<IReadOnlyList<AlternativeRow>> SplitAsync(long segmentId, string label, int offset, CancellationToken cancellationToken) =>
        RepairAsync(segmentId, label, 1, (pair, _) =>
        {
            var text = RequireText(pair.This);
            var length = text.PlainText.Length;
            if (offset < 0 || offset >= length)
            {
                throw new ReviewValidationException(
                    $"The alternative of segment {pair.Position} cannot be split at character {offset}: choose a point between 0 and {length - 1}.");
            }

            var (head, tail) = ContentEditing.SplitAt(text, offset);
            pair.Neighbour.RepairAlternative(ContentEditing.Join(tail, pair.Neighbour.Content));
            pair.This.RepairAlternative(head);
        }, cancellationToken);

    private async Task<IReadOnlyList<AlternativeRow>> RepairAsync(
        long segmentId, string label, int step, Action<AlternativePair, string> repair, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var segment = await db.Segments.AsNoTracking().FirstOrDefaultAsync(s => s.Id == segmentId, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewNotFoundException($"Segment {segmentId} does not exist; the document may have been changed or deleted. Reload it.");
        var sample = await AlternativesOf(db, segment.DocumentId).FirstOrDefaultAsync(v => v.Label == label, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewNotFoundException($"The document has no alternatives labelled \"{label}\"; they may have been replaced. Reload the page.");
        var neighbour = await db.Segments.AsNoTracking()
            .FirstOrDefaultAsync(s => s.DocumentId == segment.DocumentId && s.Position == segment.Position + step, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewValidationException(step < 0
                ? $"Segment {segment.Position} is the first segment: there is no previous alternative to move its first sentence to."
                : $"Segment {segment.Position} is the last segment: there is no next alternative to take text from or give text to.");
        var language = await db.Documents.Where(d => d.Id == segment.DocumentId).Select(d => d.TargetLanguage)
            .FirstAsync(cancellationToken).ConfigureAwait(false);

        var now = _clock.GetUtcNow();
        var provenance = new TargetProvenance(sample.Label, sample.Origin);
        var pair = new AlternativePair(
            segment.Position,
            await AlternativeOfAsync(db, segment.Id, provenance, now, cancellationToken).ConfigureAwait(false),
            await AlternativeOfAsync(db, neighbour.Id, provenance, now, cancellationToken).ConfigureAwait(false));
        repair(pair, language);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

        var rows = new[]
        {
            new AlternativeRow(segment.Id, segment.Position, segment.SourceText, pair.This.Id, pair.This.Text, pair.This.Confidence),
            new AlternativeRow(neighbour.Id, neighbour.Position, neighbour.SourceText, pair.Neighbour.Id, pair.Neighbour.Text, pair.Neighbour.Confidence),
        };
        return [.. rows.OrderBy(r => r.Position)];
    }

    private static async Task<TargetVersion> AlternativeOfAsync(
        ReviewDbContext db, long segmentId, TargetProvenance provenance, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.TargetVersions
            .FirstOrDefaultAsync(v => v.SegmentId == segmentId && v.IsAlternative && v.Label == provenance.Label, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing;
        }

        var created = TargetVersion.Alternative(segmentId, SegmentContent.Empty, provenance, null, now);
        db.TargetVersions.Add(created);
        return created;
    }

    private static SegmentContent RequireText(TargetVersion alternative) =>
        alternative.Text.Trim().Length > 0
            ? alternative.Content
            : throw new ReviewValidationException("This segment's alternative is empty: there is no text to move or split.");

    /// <summary>The alternative of the segment being repaired and of its neighbour, tracked for one save.</summary>
    private sealed record AlternativePair(int Position, TargetVersion This, TargetVersion Neighbour);
}
