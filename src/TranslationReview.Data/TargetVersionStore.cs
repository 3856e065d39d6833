using Microsoft.EntityFrameworkCore;
using TranslationReview.Data.Segments;

namespace TranslationReview.Data;

/// <summary>Lists a segment's earlier targets and makes one of them current again. One context per method.</summary>
public sealed class TargetVersionStore
{
    private readonly IDbContextFactory<ReviewDbContext> _contexts;
    private readonly TimeProvider _clock;

    /// <summary>Creates the store over the database's context factory.</summary>
    public TargetVersionStore(IDbContextFactory<ReviewDbContext> contexts)
        : this(contexts, TimeProvider.System)
    {
    }

    /// <summary>Creates the store with a clock (tests pass a fixed one).</summary>
    public TargetVersionStore(IDbContextFactory<ReviewDbContext> contexts, TimeProvider clock)
    {
        _contexts = contexts;
        _clock = clock;
    }

    /// <summary>The segment's earlier targets and alternatives, newest first; empty when it has none or does not exist.</summary>
    public async Task<IReadOnlyList<TargetVersionRow>> GetVersionsAsync(long segmentId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);

        // Ordered by key: versions of one segment are inserted in time order, and equal clock ticks stay ordered.
        return await db.TargetVersions.AsNoTracking().Where(v => v.SegmentId == segmentId).OrderByDescending(v => v.Id)
            .Select(v => new TargetVersionRow(v.Id, v.Text, v.Label, v.Origin, v.Author, v.CreatedAt, v.IsAlternative, v.Confidence))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Makes an earlier target current again, with its inline codes. The current target is kept as a version first,
    /// so nothing is lost; the chosen version stays in the list. A New segment becomes Translated.
    /// </summary>
    /// <returns>The segment's row with the restored target.</returns>
    /// <exception cref="ReviewNotFoundException">No such version, or its segment is gone.</exception>
    /// <exception cref="ReviewValidationException">The version is an empty alternative, or someone else changed the segment meanwhile.</exception>
    public async Task<SegmentRow> MakeCurrentAsync(long versionId, string user, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var version = await db.TargetVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewNotFoundException($"Target version {versionId} does not exist; the segment may have been changed or deleted. Reload it.");
        var segment = await db.Segments.FirstOrDefaultAsync(s => s.Id == version.SegmentId, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewNotFoundException($"Segment {version.SegmentId} does not exist; the document may have been changed or deleted. Reload it.");
        if (version.Text.Trim().Length == 0)
        {
            // An alternative left empty by alignment (its text went to a neighbour) is no translation of this segment.
            throw new ReviewValidationException(
                $"The alternative \"{version.Label}\" of segment {segment.Position} is empty: repair it on the Alternatives page, or edit the target instead.");
        }

        var now = _clock.GetUtcNow();
        TargetHistory.KeepCurrentUnlessSame(db, segment, version.Text, version.ContentJson, now);
        segment.RestoreTarget(version, user, now);
        try
        {
            // One SaveChanges: the kept version and the restored target commit together.
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ReviewValidationException(
                $"Segment {segment.Position} was changed by someone else while you worked on it: reload the document and try again.", ex);
        }

        return SegmentRows.From(segment);
    }
}
