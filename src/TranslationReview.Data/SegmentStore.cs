using Microsoft.EntityFrameworkCore;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Segmentation;
using TranslationReview.Data.Flags;
using TranslationReview.Data.Segments;

namespace TranslationReview.Data;

/// <summary>
/// Pages through a document's segments and changes them: target edits, states and alignment repairs. Every
/// method is one context and, where several rows change, one transaction.
/// </summary>
public sealed class SegmentStore
{
    private readonly IDbContextFactory<ReviewDbContext> _contexts;
    private readonly TimeProvider _clock;
    private readonly ISentenceSegmenter _segmenter = SrxSegmenter.Default;

    /// <summary>Creates the store over the database's context factory.</summary>
    public SegmentStore(IDbContextFactory<ReviewDbContext> contexts)
        : this(contexts, TimeProvider.System)
    {
    }

    /// <summary>Creates the store with a clock (tests pass a fixed one).</summary>
    public SegmentStore(IDbContextFactory<ReviewDbContext> contexts, TimeProvider clock)
    {
        _contexts = contexts;
        _clock = clock;
    }

    /// <summary>
    /// One page of the segments that match <paramref name="filter"/>, in position order, and how many match in
    /// all. Reads only the page's rows (an indexed range when there is no filter).
    /// </summary>
    public async Task<SegmentPage> GetPageAsync(int documentId, SegmentFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var segments = db.Segments.AsNoTracking().Where(s => s.DocumentId == documentId);
        if (SegmentQueries.IsEmpty(filter))
        {
            // Positions are 1…n without gaps, so a page is a range on the (DocumentId, Position) index: no OFFSET scan.
            var total = await db.Documents.Where(d => d.Id == documentId).Select(d => d.SegmentCount)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var rows = await segments.Where(s => s.Position > skip && s.Position <= skip + take)
                .OrderBy(s => s.Position).Select(SegmentRows.Projection)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return new SegmentPage(rows, total);
        }

        var matching = SegmentQueries.Apply(segments, filter);
        var count = await matching.CountAsync(cancellationToken).ConfigureAwait(false);
        var page = await matching.OrderBy(s => s.Position).Skip(skip).Take(take).Select(SegmentRows.Projection)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new SegmentPage(page, count);
    }

    /// <summary>
    /// Every segment's plain text in position order, streamed from one query (10,000 segments are a few megabytes),
    /// for the automatic checks and the word count of the score.
    /// </summary>
    public async Task<IReadOnlyList<SegmentText>> GetTextsAsync(int documentId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var texts = new List<SegmentText>();
        var query = db.Segments.AsNoTracking().Where(s => s.DocumentId == documentId).OrderBy(s => s.Position)
            .Select(s => new SegmentText(s.Id, s.Position, s.SourceText, s.TargetText));
        await foreach (var text in query.AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            texts.Add(text);
        }

        return texts;
    }

    /// <summary>One segment's row, or null when it does not exist.</summary>
    public async Task<SegmentRow?> GetAsync(long segmentId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Segments.AsNoTracking().Where(s => s.Id == segmentId).Select(SegmentRows.Projection)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Saves a new target; the old one, when there was one and it differs, is kept as a
    /// <see cref="TargetVersion"/>. The target is plain text: inline codes of the old target are dropped (warn the user
    /// when <see cref="SegmentRow.HasInlineCodes"/>). A New segment becomes Translated; a blank target removes the
    /// translation and makes the segment New.
    /// </summary>
    /// <exception cref="ReviewNotFoundException">No such segment.</exception>
    /// <exception cref="ReviewValidationException">Someone else changed the segment meanwhile.</exception>
    public async Task<SegmentRow> UpdateTargetAsync(long segmentId, string target, string user, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var segment = await FindAsync(db, segmentId, cancellationToken).ConfigureAwait(false);
        var now = _clock.GetUtcNow();

        // The old target is kept as a version in the same SaveChanges (one transaction) as the new one.
        TargetHistory.KeepCurrentUnlessSame(db, segment, string.IsNullOrWhiteSpace(target) ? null : target, null, now);
        segment.EditTarget(target, user, now);
        await SaveAsync(db, segment, cancellationToken).ConfigureAwait(false);
        return SegmentRows.From(segment);
    }

    /// <summary>Moves a segment to another workflow state (translated, needs review, approved, rejected…).</summary>
    /// <exception cref="ReviewNotFoundException">No such segment.</exception>
    /// <exception cref="ReviewValidationException">The state is not one of <see cref="SegmentState"/>, or someone else changed the segment meanwhile.</exception>
    public Task<SegmentRow> SetStateAsync(long segmentId, SegmentState state, string user, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(state))
        {
            throw new ReviewValidationException($"'{state}' is not a segment state.");
        }

        return ChangeOneAsync(segmentId, (segment, now) => segment.ChangeState(state, user, now), cancellationToken);
    }

    /// <summary>
    /// Merges a segment with the next one: sources joined by a space, targets likewise, codes kept. The merged
    /// segment's alignment counts as confirmed (confidence 1); later segments move up by one. One transaction.
    /// </summary>
    /// <returns>The merged segment.</returns>
    /// <exception cref="ReviewNotFoundException">No such segment.</exception>
    /// <exception cref="ReviewValidationException">The segment is the last of its document.</exception>
    public async Task<SegmentRow> MergeWithNextAsync(long segmentId, string user, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var segment = await FindAsync(db, segmentId, cancellationToken).ConfigureAwait(false);
        var next = await AtAsync(db, segment.DocumentId, segment.Position + 1, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewValidationException(
                $"Segment {segment.Position} is the last segment of the document: there is no next segment to merge it with.");

        var target = segment.TargetContent is null && next.TargetContent is null
            ? null
            : ContentEditing.Join(segment.TargetContent ?? SegmentContent.Empty, next.TargetContent ?? SegmentContent.Empty);
        var now = _clock.GetUtcNow();
        TargetHistory.Change(db, segment, now, () => segment.RepairAlignment(ContentEditing.Join(segment.SourceContent, next.SourceContent), target, user, now));
        await TargetHistory.HandOverAsync(db, next, segment, now, cancellationToken).ConfigureAwait(false);
        await FlagAnchoring.MergeAsync(db, next, segment, segment.SourceText.Length - next.SourceText.Length,
            (segment.TargetText?.Length ?? 0) - (next.TargetText?.Length ?? 0), cancellationToken).ConfigureAwait(false);
        segment.AbsorbAnnotations(next);
        db.Segments.Remove(next);
        await SaveAsync(db, segment, cancellationToken).ConfigureAwait(false);
        await PositionShift.ApplyAsync(db, segment.DocumentId, next.Position + 1, -1, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return SegmentRows.From(segment);
    }

    /// <summary>
    /// Splits a segment in two at character offsets of its source and target plain text. The second part becomes
    /// a new segment right after it and later segments move down by one; both parts count as confirmed. One transaction.
    /// </summary>
    /// <param name="segmentId">The segment to split.</param>
    /// <param name="sourceOffset">Where the source splits: after at least one and before the last character, not inside white space only.</param>
    /// <param name="targetOffset">Where the target splits: 0 (the whole target goes to the second part) to its length (all stays in the first); 0 when there is no target.</param>
    /// <param name="user">Who split it.</param>
    /// <param name="cancellationToken">Cancels the split; nothing changes.</param>
    /// <returns>The two parts, in order.</returns>
    /// <exception cref="ReviewNotFoundException">No such segment.</exception>
    /// <exception cref="ReviewValidationException">An offset is outside the text or leaves an empty source part.</exception>
    public async Task<IReadOnlyList<SegmentRow>> SplitAsync(long segmentId, int sourceOffset, int targetOffset, string user, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var segment = await FindAsync(db, segmentId, cancellationToken).ConfigureAwait(false);
        var (sourceHead, sourceTail) = SplitSource(segment, sourceOffset);
        var (targetHead, targetTail) = SplitTarget(segment, targetOffset);

        var externalId = await FreeExternalIdAsync(db, segment, cancellationToken).ConfigureAwait(false);
        var (sourceLength, targetLength) = (segment.SourceText.Length, segment.TargetText?.Length ?? 0);
        var now = _clock.GetUtcNow();
        await PositionShift.ApplyAsync(db, segment.DocumentId, segment.Position + 1, 1, cancellationToken).ConfigureAwait(false);
        var second = segment.SplitOff(externalId, sourceTail, targetTail, user, now);
        TargetHistory.Change(db, segment, now, () => segment.RepairAlignment(sourceHead, targetHead, user, now));
        db.Segments.Add(second);
        await SaveAsync(db, segment, cancellationToken).ConfigureAwait(false);
        await FlagAnchoring.SplitAsync(db, segment, second, sourceLength, targetLength, sourceOffset, targetOffset, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return [SegmentRows.From(segment), SegmentRows.From(second)];
    }

    /// <summary>
    /// Moves one target sentence to a neighbour: <see cref="MoveDirection.ToPrevious"/> moves the FIRST sentence
    /// of this target to the end of the previous segment's target, <see cref="MoveDirection.ToNext"/> the LAST
    /// sentence to the start of the next one's. Sentences are found with the SRX rules of the document's target
    /// language. Both segments count as confirmed; a segment left without target is New again. One transaction.
    /// </summary>
    /// <returns>The two changed segments, in position order.</returns>
    /// <exception cref="ReviewNotFoundException">No such segment.</exception>
    /// <exception cref="ReviewValidationException">There is no neighbour that way, or no target sentence to move.</exception>
    public async Task<IReadOnlyList<SegmentRow>> MoveTargetSentenceAsync(long segmentId, MoveDirection direction, string user, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var segment = await FindAsync(db, segmentId, cancellationToken).ConfigureAwait(false);
        var toPrevious = direction == MoveDirection.ToPrevious;
        if (direction is not (MoveDirection.ToPrevious or MoveDirection.ToNext))
        {
            throw new ReviewValidationException($"'{direction}' is not a direction to move a sentence.");
        }

        var neighbour = await AtAsync(db, segment.DocumentId, segment.Position + (toPrevious ? -1 : 1), cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewValidationException(toPrevious
                ? $"Segment {segment.Position} is the first segment: there is no previous segment to move its first sentence to."
                : $"Segment {segment.Position} is the last segment: there is no next segment to move its last sentence to.");
        var target = segment.TargetContent;
        if (target is null || target.PlainText.Trim().Length == 0)
        {
            throw new ReviewValidationException($"Segment {segment.Position} has no target sentence to move.");
        }

        var language = await db.Documents.Where(d => d.Id == segment.DocumentId).Select(d => d.TargetLanguage)
            .FirstAsync(cancellationToken).ConfigureAwait(false);
        var now = _clock.GetUtcNow();
        var neighbourTarget = neighbour.TargetContent ?? SegmentContent.Empty;
        var (segmentLength, neighbourLength) = (target.PlainText.Length, neighbour.TargetText?.Length ?? 0);
        if (toPrevious)
        {
            var (sentence, rest) = SentenceMove.TakeFirst(target, language, _segmenter);
            TargetHistory.Change(db, neighbour, now, () => neighbour.RepairAlignment(neighbour.SourceContent, ContentEditing.Join(neighbourTarget, sentence), user, now));
            TargetHistory.Change(db, segment, now, () => segment.RepairAlignment(segment.SourceContent, rest, user, now));
        }
        else
        {
            var (rest, sentence) = SentenceMove.TakeLast(target, language, _segmenter);
            TargetHistory.Change(db, neighbour, now, () => neighbour.RepairAlignment(neighbour.SourceContent, ContentEditing.Join(sentence, neighbourTarget), user, now));
            TargetHistory.Change(db, segment, now, () => segment.RepairAlignment(segment.SourceContent, rest, user, now));
        }

        await FlagAnchoring.MoveSentenceAsync(db, segment, neighbour, toPrevious, segmentLength, neighbourLength, cancellationToken).ConfigureAwait(false);
        await SaveAsync(db, segment, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return toPrevious ? [SegmentRows.From(neighbour), SegmentRows.From(segment)] : [SegmentRows.From(segment), SegmentRows.From(neighbour)];
    }

    private async Task<SegmentRow> ChangeOneAsync(long segmentId, Action<DocumentSegment, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var segment = await FindAsync(db, segmentId, cancellationToken).ConfigureAwait(false);
        change(segment, _clock.GetUtcNow());
        await SaveAsync(db, segment, cancellationToken).ConfigureAwait(false);
        return SegmentRows.From(segment);
    }

    private static (SegmentContent Head, SegmentContent Tail) SplitSource(DocumentSegment segment, int offset)
    {
        var length = segment.SourceText.Length;
        if (offset <= 0 || offset >= length)
        {
            throw new ReviewValidationException(
                $"Segment {segment.Position} cannot be split at character {offset} of its source: choose a point between 1 and {length - 1}.");
        }

        var (head, tail) = ContentEditing.SplitAt(segment.SourceContent, offset);
        if (head.PlainText.Length == 0 || tail.PlainText.Length == 0)
        {
            throw new ReviewValidationException(
                $"Splitting segment {segment.Position} at character {offset} would leave one part with no source text: choose a point inside the text.");
        }

        return (head, tail);
    }

    private static (SegmentContent? Head, SegmentContent? Tail) SplitTarget(DocumentSegment segment, int offset)
    {
        var target = segment.TargetContent;
        var length = target?.PlainText.Length ?? 0;
        if (offset < 0 || offset > length)
        {
            throw new ReviewValidationException(
                $"Segment {segment.Position} cannot be split at character {offset} of its target: choose a point between 0 and {length}.");
        }

        if (target is null)
        {
            return (null, null);
        }

        var (head, tail) = ContentEditing.SplitAt(target, offset);
        return (head, tail);
    }

    private static async Task<string> FreeExternalIdAsync(ReviewDbContext db, DocumentSegment segment, CancellationToken cancellationToken)
    {
        for (var n = 1; ; n++)
        {
            var candidate = $"{segment.ExternalId}.{n}";
            if (!await db.Segments.AnyAsync(s => s.DocumentId == segment.DocumentId && s.ExternalId == candidate, cancellationToken).ConfigureAwait(false))
            {
                return candidate;
            }
        }
    }

    private static async Task<DocumentSegment> FindAsync(ReviewDbContext db, long segmentId, CancellationToken cancellationToken) =>
        await db.Segments.FirstOrDefaultAsync(s => s.Id == segmentId, cancellationToken).ConfigureAwait(false)
        ?? throw new ReviewNotFoundException($"Segment {segmentId} does not exist; the document may have been changed or deleted. Reload it.");

    private static Task<DocumentSegment?> AtAsync(ReviewDbContext db, int documentId, int position, CancellationToken cancellationToken) =>
        db.Segments.FirstOrDefaultAsync(s => s.DocumentId == documentId && s.Position == position, cancellationToken);

    private static async Task SaveAsync(ReviewDbContext db, DocumentSegment segment, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ReviewValidationException(
                $"Segment {segment.Position} was changed by someone else while you worked on it: reload the document and try again.", ex);
        }
    }
}
