using Microsoft.EntityFrameworkCore;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Versions;

namespace TranslationReview.Data.Alternatives;

/// <summary>Saves the translation candidates a file carries (alt-trans, mtc:match) as alternatives of the document's segments.</summary>
internal static class CandidateAlternatives
{
    /// <summary>
    /// Adds the candidates of <paramref name="document"/>, just imported as document <paramref name="documentId"/>
    /// (segment i at position i + 1), in the caller's transaction.
    /// </summary>
    public static async Task AddAsync(ReviewDbContext db, int documentId, BilingualDocument document, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidates = TranslationCandidateReader.Read(document);
        if (candidates.Count == 0)
        {
            return;
        }

        var idOfPosition = await db.Segments.Where(s => s.DocumentId == documentId)
            .ToDictionaryAsync(s => s.Position, s => s.Id, cancellationToken).ConfigureAwait(false);
        Add(db, candidates, index => idOfPosition[index + 1], now);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds candidates as alternatives; <paramref name="segmentIdOf"/> maps a candidate's segment index to a segment key, or null to drop it.</summary>
    public static int Add(ReviewDbContext db, IReadOnlyList<TranslationCandidate> candidates, Func<int, long?> segmentIdOf, DateTimeOffset now)
    {
        var added = 0;
        foreach (var candidate in candidates)
        {
            if (segmentIdOf(candidate.SegmentIndex) is not { } segmentId)
            {
                continue;
            }

            var provenance = new TargetProvenance(
                Truncate(candidate.Label), candidate.IsMachineTranslation ? TargetOrigin.MachineTranslation : TargetOrigin.Imported);
            db.TargetVersions.Add(TargetVersion.Alternative(segmentId, candidate.Target, provenance, 1.0, now));
            added++;
        }

        return added;
    }

    private static string Truncate(string label) =>
        label.Length <= TargetProvenance.MaxLabelLength ? label : label[..TargetProvenance.MaxLabelLength];
}
