using Microsoft.EntityFrameworkCore;
using TranslationReview.Data.Segments;

namespace TranslationReview.Data;

/// <summary>
/// Reads what comparisons of translation versions need: each segment's current target with its versions, for one
/// segment or a whole document; grid rows by key in a given order; and a stamp that tells whether anything changed.
/// Read-only; one context per method.
/// </summary>
public sealed class ComparisonStore
{
    private readonly IDbContextFactory<ReviewDbContext> _contexts;

    /// <summary>Creates the store over the database's context factory.</summary>
    public ComparisonStore(IDbContextFactory<ReviewDbContext> contexts) => _contexts = contexts;

    /// <summary>One segment's current target and versions, or null when the segment does not exist.</summary>
    public async Task<SegmentVersions?> GetSegmentAsync(long segmentId, CancellationToken cancellationToken)
    {
        var found = await GetSegmentsAsync([segmentId], cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>The given segments with their versions, in position order; keys that do not exist are left out.</summary>
    public async Task<IReadOnlyList<SegmentVersions>> GetSegmentsAsync(IReadOnlyCollection<long> segmentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(segmentIds);
        long[] ids = [.. segmentIds.Distinct()];
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var segments = await db.Segments.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.DocumentId).ThenBy(s => s.Position)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var versions = await db.TargetVersions.AsNoTracking().Where(v => ids.Contains(v.SegmentId)).OrderBy(v => v.Id)
            .Select(v => new { v.SegmentId, Row = new TargetVersionRow(v.Id, v.Text, v.Label, v.Origin, v.Author, v.CreatedAt, v.IsAlternative) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return Combine(segments, versions.Select(v => (v.SegmentId, v.Row)));
    }

    /// <summary>Every segment of a document with its current target and versions, in position order.</summary>
    public async Task<IReadOnlyList<SegmentVersions>> GetDocumentAsync(int documentId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var segments = await db.Segments.AsNoTracking().Where(s => s.DocumentId == documentId).OrderBy(s => s.Position)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var versions = await (
                from v in db.TargetVersions.AsNoTracking()
                join s in db.Segments on v.SegmentId equals s.Id
                where s.DocumentId == documentId
                orderby v.Id
                select new { v.SegmentId, Row = new TargetVersionRow(v.Id, v.Text, v.Label, v.Origin, v.Author, v.CreatedAt, v.IsAlternative) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return Combine(segments, versions.Select(v => (v.SegmentId, v.Row)));
    }

    /// <summary>The keys of the document's segments in position order (an index range, no text read).</summary>
    public async Task<IReadOnlyList<long>> GetSegmentIdsAsync(int documentId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Segments.Where(s => s.DocumentId == documentId).OrderBy(s => s.Position).Select(s => s.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The document's <see cref="ComparisonStamp"/>: two aggregate queries, no rows read into memory.</summary>
    public async Task<ComparisonStamp> GetStampAsync(int documentId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var segments = await db.Segments.Where(s => s.DocumentId == documentId).GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Last = g.Max(s => s.UpdatedAt) })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var versions = await (
                from v in db.TargetVersions
                join s in db.Segments on v.SegmentId equals s.Id
                where s.DocumentId == documentId
                group v by 1 into g
                select new { Count = g.Count(), Last = g.Max(v => v.Id) })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return new ComparisonStamp(segments?.Count ?? 0, segments?.Last ?? DateTimeOffset.MinValue, versions?.Last ?? 0, versions?.Count ?? 0);
    }

    /// <summary>
    /// Keys of the document's segments changed after <paramref name="since"/> was taken: edited, restored or repaired
    /// (a later change time) or given a new version or alternative (a higher version key).
    /// </summary>
    public async Task<IReadOnlyList<long>> GetTouchedSinceAsync(int documentId, ComparisonStamp since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(since);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var edited = db.Segments.Where(s => s.DocumentId == documentId && s.UpdatedAt > since.LastChange).Select(s => s.Id);
        var versioned =
            from v in db.TargetVersions
            join s in db.Segments on v.SegmentId equals s.Id
            where s.DocumentId == documentId && v.Id > since.LastVersionId
            select s.Id;
        return await edited.Union(versioned).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Grid rows for the given keys, in the order given; keys that no longer exist are left out.</summary>
    public async Task<IReadOnlyList<SegmentRow>> GetRowsAsync(IReadOnlyList<long> segmentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(segmentIds);
        long[] ids = [.. segmentIds];
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Segments.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(SegmentRows.Projection)
            .ToDictionaryAsync(r => r.Id, cancellationToken).ConfigureAwait(false);
        return [.. segmentIds.Where(rows.ContainsKey).Select(id => rows[id])];
    }

    /// <summary>Keys of the document's segments that match <paramref name="filter"/>.</summary>
    public async Task<IReadOnlySet<long>> GetMatchingIdsAsync(int documentId, SegmentFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var matching = SegmentQueries.Apply(db.Segments.AsNoTracking().Where(s => s.DocumentId == documentId), filter);
        return (await matching.Select(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
    }

    private static List<SegmentVersions> Combine(List<DocumentSegment> segments, IEnumerable<(long SegmentId, TargetVersionRow Row)> versions)
    {
        var bySegment = new Dictionary<long, List<TargetVersionRow>>();
        foreach (var (segmentId, row) in versions)
        {
            if (!bySegment.TryGetValue(segmentId, out var list))
            {
                bySegment[segmentId] = list = [];
            }

            list.Add(row);
        }

        return [.. segments.Select(s => new SegmentVersions(
            s.Id,
            s.Position,
            s.SourceText,
            Describe(s),
            bySegment.TryGetValue(s.Id, out var list) ? list : []))];
    }

    // The same label, origin and author the target gets when it is kept as a version, so both read alike.
    private static CurrentTargetRow? Describe(DocumentSegment segment) =>
        TargetVersion.OfCurrent(segment, segment.UpdatedAt) is { } version
            ? new CurrentTargetRow(version.Text, version.Label, version.Origin, version.Author, segment.UpdatedAt)
            : null;
}
