using Microsoft.EntityFrameworkCore;
using TranslationReview.Core.Documents;

namespace TranslationReview.Data.Documents;

/// <summary>Builds <see cref="DocumentSummary"/> records with two grouped, indexed queries, whatever the document sizes.</summary>
internal static class DocumentSummaries
{
    public static async Task<IReadOnlyList<DocumentSummary>> LoadAsync(
        ReviewDbContext db, IQueryable<ProjectDocument> documents, CancellationToken cancellationToken)
    {
        var rows = await documents.AsNoTracking().OrderBy(d => d.Name).ThenBy(d => d.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(d => d.Id).ToArray();
        var stateCounts = await db.Segments.AsNoTracking()
            .Where(s => ids.Contains(s.DocumentId))
            .GroupBy(s => new { s.DocumentId, s.State })
            .Select(g => new { g.Key.DocumentId, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var lowCounts = await db.Segments.AsNoTracking()
            .Where(s => ids.Contains(s.DocumentId) && s.AlignmentConfidence < SegmentFilter.LowConfidenceThreshold)
            .GroupBy(s => s.DocumentId)
            .Select(g => new { DocumentId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.DocumentId, g => g.Count, cancellationToken).ConfigureAwait(false);

        return rows.Select(d =>
        {
            var counts = Enum.GetValues<SegmentState>().ToDictionary(state => state, _ => 0);
            foreach (var group in stateCounts.Where(c => c.DocumentId == d.Id))
            {
                counts[group.State] = group.Count;
            }

            return new DocumentSummary(d.Id, d.ProjectId, d.Name, d.SourceLanguage, d.TargetLanguage, d.OriginalFormat,
                d.SegmentCount, counts, lowCounts.GetValueOrDefault(d.Id), d.ImportedAt, d.TargetLabel, d.TargetOrigin);
        }).ToList();
    }
}
