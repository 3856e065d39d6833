using Microsoft.EntityFrameworkCore;
using TranslationReview.Core.Checks;
using TranslationReview.Core.Scoring;
using TranslationReview.Data.Flags;

namespace TranslationReview.Data;

/// <summary>
/// Raises, lists, answers and closes the flags of a document, and replaces its automatic flags after each check
/// run. A dismissal is kept per segment: a finding with the same fingerprint (check, source text, target text,
/// suggestion) on the same segment comes back dismissed, and answers to an automatic flag survive re-checks likewise.
/// One context per method.
/// </summary>
public sealed class FlagStore
{
    private readonly IDbContextFactory<ReviewDbContext> _contexts;
    private readonly TimeProvider _clock;

    /// <summary>Creates the store over the database's context factory.</summary>
    public FlagStore(IDbContextFactory<ReviewDbContext> contexts)
        : this(contexts, TimeProvider.System)
    {
    }

    /// <summary>Creates the store with a clock (tests pass a fixed one).</summary>
    public FlagStore(IDbContextFactory<ReviewDbContext> contexts, TimeProvider clock)
    {
        _contexts = contexts;
        _clock = clock;
    }

    /// <summary>
    /// Flags a segment by hand. Each given span must lie inside the segment's text and hold exactly the text it names,
    /// so a flag is never raised on text that changed meanwhile.
    /// </summary>
    /// <exception cref="ReviewNotFoundException">No such segment.</exception>
    /// <exception cref="ReviewValidationException">A span does not match the segment's current text, or the category or severity is unknown.</exception>
    public async Task<FlagRow> AddManualAsync(long segmentId, NewFlag flag, string author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(flag);
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var segment = await db.Segments.AsNoTracking().FirstOrDefaultAsync(s => s.Id == segmentId, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewNotFoundException($"Segment {segmentId} does not exist; the document may have been changed or deleted. Reload it.");
        FlagRules.Validate(segment, flag);
        var created = Flag.Manual(segment, flag, author, _clock.GetUtcNow());
        db.Flags.Add(created);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return FlagQueries.From(created, segment.Position);
    }

    /// <summary>The document's flags that match the filter, in document order (segment number, then offset).</summary>
    public async Task<IReadOnlyList<FlagRow>> ListAsync(int documentId, FlagFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await FlagQueries.RowsAsync(db, FlagQueries.Apply(db.Flags.Where(f => f.DocumentId == documentId), filter), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The flags of some segments of a document (the rows a grid shows), in document order.</summary>
    public async Task<IReadOnlyList<FlagRow>> ListForSegmentsAsync(int documentId, IReadOnlyCollection<long> segmentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(segmentIds);
        if (segmentIds.Count == 0)
        {
            return [];
        }

        var ids = segmentIds.ToList();
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await FlagQueries.RowsAsync(db, db.Flags.Where(f => f.DocumentId == documentId && ids.Contains(f.SegmentId)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One flag, or null when it does not exist (any more).</summary>
    public async Task<FlagRow?> GetAsync(long flagId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await FlagQueries.RowsAsync(db, db.Flags.Where(f => f.Id == flagId), cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>The translator's answer: fixed, or disputed with a comment.</summary>
    /// <exception cref="ReviewNotFoundException">No such flag.</exception>
    /// <exception cref="ReviewValidationException">The flag is resolved or dismissed, or a dispute has no comment.</exception>
    public Task<FlagRow> AnswerAsync(long flagId, FlagAnswer answer, string? comment, string user, CancellationToken cancellationToken) =>
        ChangeAsync(flagId, (flag, now) => flag.Answer(answer, comment, user, now), cancellationToken);

    /// <summary>A reviewer resolves the flag; it keeps counting in the score.</summary>
    /// <exception cref="ReviewNotFoundException">No such flag.</exception>
    /// <exception cref="ReviewValidationException">It is already resolved or dismissed.</exception>
    public Task<FlagRow> ResolveAsync(long flagId, string user, CancellationToken cancellationToken) =>
        ChangeAsync(flagId, (flag, now) => flag.Resolve(user, now), cancellationToken);

    /// <summary>A reviewer dismisses the flag as no error: it stops counting, and re-checks keep it dismissed.</summary>
    /// <exception cref="ReviewNotFoundException">No such flag.</exception>
    /// <exception cref="ReviewValidationException">It is already resolved or dismissed.</exception>
    public Task<FlagRow> DismissAsync(long flagId, string user, CancellationToken cancellationToken) =>
        ChangeAsync(flagId, (flag, now) => flag.Dismiss(user, now), cancellationToken);

    /// <summary>Opens a flag again, clearing its answer and resolution.</summary>
    /// <exception cref="ReviewNotFoundException">No such flag.</exception>
    public Task<FlagRow> ReopenAsync(long flagId, CancellationToken cancellationToken) =>
        ChangeAsync(flagId, (flag, _) => flag.Reopen(), cancellationToken);

    /// <summary>Withdraws a manual flag (automatic ones are dismissed instead, so the check does not raise them again).</summary>
    /// <exception cref="ReviewNotFoundException">No such flag.</exception>
    /// <exception cref="ReviewValidationException">The flag is automatic.</exception>
    public async Task DeleteManualAsync(long flagId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var flag = await FindAsync(db, flagId, cancellationToken).ConfigureAwait(false);
        if (flag.Origin != FlagOrigin.Manual)
        {
            throw new ReviewValidationException("An automatic flag cannot be deleted, or the next check would raise it again: dismiss it instead.");
        }

        db.Flags.Remove(flag);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Replaces the document's automatic flags (all, or those of <paramref name="onlySegments"/>) with a check run's
    /// findings, in one transaction. A finding already flagged on the same segment with the same fingerprint keeps
    /// its flag: id, status (a dismissed finding stays dismissed), answers; its offsets and wording follow the new
    /// finding. New findings become open flags; automatic flags whose finding is gone are removed. Manual flags are
    /// never touched. Findings for segments no longer in the document are ignored.
    /// </summary>
    public async Task<FlagReplaceResult> ReplaceAutomaticAsync(int documentId, IReadOnlyList<SegmentFinding> findings, IReadOnlyCollection<long>? onlySegments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(findings);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var scope = onlySegments?.ToHashSet();
        var existing = db.Flags.Where(f => f.DocumentId == documentId && f.Origin == FlagOrigin.Automatic);
        var segments = db.Segments.Where(s => s.DocumentId == documentId);
        if (scope is not null)
        {
            var ids = scope.ToList();
            existing = existing.Where(f => ids.Contains(f.SegmentId));
            segments = segments.Where(s => ids.Contains(s.Id));
        }

        var live = (await segments.Select(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        var merge = new AutomaticFlagMerge(await existing.ToListAsync(cancellationToken).ConfigureAwait(false));
        var now = _clock.GetUtcNow();
        foreach (var finding in findings.Where(f => live.Contains(f.SegmentId)))
        {
            merge.Take(documentId, finding, now);
        }

        var removed = merge.Unmatched().ToList();
        db.Flags.RemoveRange(removed);
        db.Flags.AddRange(merge.Added);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new FlagReplaceResult(merge.Added.Count, merge.Kept, removed.Count);
    }

    /// <summary>The errors the MQM score counts: every flag, manual or automatic, that is not dismissed.</summary>
    public async Task<IReadOnlyList<MqmError>> GetErrorsAsync(int documentId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var errors = await db.Flags.AsNoTracking()
            .Where(f => f.DocumentId == documentId && f.Status != FlagStatus.Dismissed)
            .Select(f => new { f.Category, f.Severity })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. errors.Select(e => new MqmError(e.Category, e.Severity))];
    }

    /// <summary>The distinct authors of a document's flags, for the author filter.</summary>
    public async Task<IReadOnlyList<string>> ListAuthorsAsync(int documentId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Flags.AsNoTracking().Where(f => f.DocumentId == documentId).Select(f => f.Author).Distinct().OrderBy(a => a)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<FlagRow> ChangeAsync(long flagId, Action<Flag, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var flag = await FindAsync(db, flagId, cancellationToken).ConfigureAwait(false);
        change(flag, _clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var position = await db.Segments.Where(s => s.Id == flag.SegmentId).Select(s => s.Position).FirstAsync(cancellationToken).ConfigureAwait(false);
        return FlagQueries.From(flag, position);
    }

    private static async Task<Flag> FindAsync(ReviewDbContext db, long flagId, CancellationToken cancellationToken) =>
        await db.Flags.FirstOrDefaultAsync(f => f.Id == flagId, cancellationToken).ConfigureAwait(false)
        ?? throw new ReviewNotFoundException($"Flag {flagId} does not exist; it may have been removed by a re-check or with its segment. Reload the flag list.");
}
