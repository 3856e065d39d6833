using Microsoft.EntityFrameworkCore;
using TranslationReview.Core.Alignment;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Segmentation;
using TranslationReview.Core.Versions;
using TranslationReview.Data.Alternatives;

namespace TranslationReview.Data;

/// <summary>
/// Alternative translations of a document's segments: adds another translation of the same source under a label
/// (matched or aligned to the existing segments), lists and pages them, and repairs their alignment. One context per
/// method; every change is one transaction.
/// </summary>
public sealed partial class AlternativeStore
{
    /// <summary>Alternatives saved between two progress reports.</summary>
    internal const int SaveBatchSize = 1000;

    private readonly IDbContextFactory<ReviewDbContext> _contexts;
    private readonly TimeProvider _clock;
    private readonly ISentenceAligner _aligner = new SentenceAligner();
    private readonly ISentenceSegmenter _segmenter = SrxSegmenter.Default;

    /// <summary>Creates the store over the database's context factory.</summary>
    public AlternativeStore(IDbContextFactory<ReviewDbContext> contexts)
        : this(contexts, TimeProvider.System)
    {
    }

    /// <summary>Creates the store with a clock (tests pass a fixed one).</summary>
    public AlternativeStore(IDbContextFactory<ReviewDbContext> contexts, TimeProvider clock)
    {
        _contexts = contexts;
        _clock = clock;
    }

    /// <summary>The labels of the document's alternatives, by label, with how many segments each covers.</summary>
    public async Task<IReadOnlyList<AlternativeLabel>> GetLabelsAsync(int documentId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var groups = await AlternativesOf(db, documentId)
            .GroupBy(v => new { v.Label, v.Origin })
            .Select(g => new
            {
                g.Key.Label,
                g.Key.Origin,
                Count = g.Count(v => v.Text != ""),
                Low = g.Count(v => v.Confidence < SegmentFilter.LowConfidenceThreshold),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return groups.GroupBy(g => g.Label, StringComparer.Ordinal)
            .Select(g => new AlternativeLabel(g.Key, g.OrderByDescending(o => o.Count).First().Origin, g.Sum(o => o.Count), g.Sum(o => o.Low)))
            .OrderBy(l => l.Label, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    /// <summary>
    /// One page of the document's segments (positions <paramref name="skip"/> + 1 to <paramref name="skip"/> +
    /// <paramref name="take"/>) with their alternative under <paramref name="label"/>; an indexed range, never the whole document.
    /// </summary>
    public Task<AlternativePage> GetPageAsync(int documentId, string label, int skip, int take, CancellationToken cancellationToken) =>
        GetPageAsync(documentId, label, lowConfidenceOnly: false, skip, take, cancellationToken);

    /// <summary>
    /// One page of the document's segments with their alternative under <paramref name="label"/>, in position order;
    /// with <paramref name="lowConfidenceOnly"/> only those whose alternative's placement is below
    /// <see cref="SegmentFilter.LowConfidenceThreshold"/>, and <see cref="AlternativePage.TotalCount"/> counts those.
    /// </summary>
    public async Task<AlternativePage> GetPageAsync(
        int documentId, string label, bool lowConfidenceOnly, int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var alternatives = db.TargetVersions.AsNoTracking().Where(v => v.IsAlternative && v.Label == label);
        if (lowConfidenceOnly)
        {
            var low = from s in db.Segments.AsNoTracking()
                      where s.DocumentId == documentId
                      join v in alternatives.Where(v => v.Confidence < SegmentFilter.LowConfidenceThreshold) on s.Id equals v.SegmentId
                      select new { s, v };
            var count = await low.CountAsync(cancellationToken).ConfigureAwait(false);
            var found = await low.OrderBy(x => x.s.Position).Skip(skip).Take(take)
                .Select(x => new AlternativeRow(x.s.Id, x.s.Position, x.s.SourceText, x.v.Id, x.v.Text, x.v.Confidence))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return new AlternativePage(found, count);
        }

        var total = await db.Documents.Where(d => d.Id == documentId).Select(d => d.SegmentCount)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var rows = await (
                from s in db.Segments.AsNoTracking()
                where s.DocumentId == documentId && s.Position > skip && s.Position <= skip + take
                join v in alternatives on s.Id equals v.SegmentId into matched
                from v in matched.DefaultIfEmpty()
                orderby s.Position
                select new AlternativeRow(s.Id, s.Position, s.SourceText, v == null ? null : v.Id, v == null ? null : v.Text, v == null ? null : v.Confidence))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new AlternativePage(rows, total);
    }

    /// <summary>
    /// Adds the translation in a bilingual file (XLIFF, TMX, TSV) to the document under <paramref name="provenance"/>'s
    /// label: segments match by position when the sources are the document's, otherwise by normalized source text.
    /// The file's translation candidates (alt-trans, mtc:match) become alternatives under their own labels. ONE
    /// transaction: on any failure or cancellation the document is unchanged.
    /// </summary>
    /// <param name="documentId">The document to add to.</param>
    /// <param name="incoming">The file as read by <c>DocumentLoader</c>.</param>
    /// <param name="provenance">The label and origin the user gave the translation.</param>
    /// <param name="replace">True to replace alternatives that already have one of the labels; false refuses to touch them.</param>
    /// <param name="savedAlternatives">Progress: alternatives saved so far.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is kept.</param>
    /// <exception cref="ReviewNotFoundException">No such document.</exception>
    /// <exception cref="ReviewValidationException">The label is invalid, already used and <paramref name="replace"/> is false, or nothing matched.</exception>
    public async Task<AlternativeImportResult> AddFromDocumentAsync(
        int documentId, BilingualDocument incoming, TargetProvenance provenance, bool replace, IProgress<int>? savedAlternatives, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(provenance);
        provenance = provenance.Validated();
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var document = await FindDocumentAsync(db, documentId, cancellationToken).ConfigureAwait(false);
        var segments = await SegmentsOf(db, documentId, cancellationToken).ConfigureAwait(false);
        var match = AlternativeMatcher.MatchSegments([.. segments.Select(s => s.Source)], incoming.Segments);
        if (match.Targets.Count == 0)
        {
            throw new ReviewValidationException(match.Unmatched == 0
                ? $"'{incoming.Name}' has no translations: there is nothing to add."
                : $"None of the {match.Unmatched} translated segments of '{incoming.Name}' has a source that is in '{document.Name}': is it a translation of this document?");
        }

        var candidates = TranslationCandidateReader.Read(incoming)
            .Where(c => match.ExistingIndexOfIncoming[c.SegmentIndex] is not null).ToList();
        var labels = candidates.Select(c => c.Label).Append(provenance.Label).ToHashSet(StringComparer.Ordinal);
        return await SaveAsync(db, documentId, segments, match, provenance, labels, replace, savedAlternatives,
            () => CandidateAlternatives.Add(db, candidates, index => segments[match.ExistingIndexOfIncoming[index]!.Value].Id, _clock.GetUtcNow()),
            cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Adds a plain-text translation, already split into sentences, to the document under <paramref name="provenance"/>'s
    /// label: the sentences are aligned against the existing source segments (see <see cref="AlternativeMatcher.AlignSentences"/>).
    /// ONE transaction: on any failure or cancellation the document is unchanged.
    /// </summary>
    /// <exception cref="ReviewNotFoundException">No such document.</exception>
    /// <exception cref="ReviewValidationException">The label is invalid, or already used and <paramref name="replace"/> is false.</exception>
    public async Task<AlternativeImportResult> AddFromTextAsync(
        int documentId, IReadOnlyList<string> targetSentences, TargetProvenance provenance, bool replace, IProgress<int>? savedAlternatives,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targetSentences);
        ArgumentNullException.ThrowIfNull(provenance);
        provenance = provenance.Validated();
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var document = await FindDocumentAsync(db, documentId, cancellationToken).ConfigureAwait(false);
        var segments = await SegmentsOf(db, documentId, cancellationToken).ConfigureAwait(false);
        var match = AlternativeMatcher.AlignSentences(
            [.. segments.Select(s => s.Source)], targetSentences, _aligner, document.SourceLanguage, document.TargetLanguage);
        return await SaveAsync(db, documentId, segments, match, provenance, new HashSet<string>(StringComparer.Ordinal) { provenance.Label }, replace, savedAlternatives, () => 0, cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<AlternativeImportResult> SaveAsync(
        ReviewDbContext db, int documentId, IReadOnlyList<(long Id, string Source)> segments, AlternativeMatch match, TargetProvenance provenance,
        IReadOnlySet<string> labels, bool replace, IProgress<int>? saved, Func<int> addCandidates, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var replaced = await ReplaceAsync(db, documentId, labels, replace, cancellationToken).ConfigureAwait(false);
        var now = _clock.GetUtcNow();
        var count = 0;
        await using (var insert = await AlternativeBulkInsert.PrepareAsync(db, cancellationToken).ConfigureAwait(false))
        {
            foreach (var target in match.Targets)
            {
                await insert.InsertAsync(
                    TargetVersion.Alternative(segments[target.SegmentIndex].Id, target.Content, provenance, target.Confidence, now), cancellationToken).ConfigureAwait(false);
                if (++count % SaveBatchSize == 0)
                {
                    saved?.Report(count);
                }
            }
        }

        var candidates = addCandidates();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        saved?.Report(count + candidates);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new AlternativeImportResult(
            provenance.Label,
            match.Targets.Count(t => t.Content.PlainText.Length > 0),
            match.Unmatched,
            match.Targets.Count(t => t.Confidence < SegmentFilter.LowConfidenceThreshold),
            candidates,
            replaced,
            match.ByPosition);
    }

    private static async Task<int> ReplaceAsync(ReviewDbContext db, int documentId, IReadOnlySet<string> labels, bool replace, CancellationToken cancellationToken)
    {
        var existing = AlternativesOf(db, documentId).Where(v => labels.Contains(v.Label));
        if (!replace)
        {
            var taken = await existing.Select(v => v.Label).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
            if (taken.Count > 0)
            {
                throw new ReviewValidationException(
                    $"The document already has alternatives labelled {string.Join(", ", taken.Order(StringComparer.Ordinal).Select(l => $"\"{l}\""))}: "
                    + "choose another label, or confirm that they should be replaced.");
            }

            return 0;
        }

        return await db.TargetVersions
            .Where(v => v.IsAlternative && labels.Contains(v.Label) && db.Segments.Any(s => s.Id == v.SegmentId && s.DocumentId == documentId))
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static IQueryable<TargetVersion> AlternativesOf(ReviewDbContext db, int documentId) =>
        from v in db.TargetVersions.AsNoTracking()
        join s in db.Segments on v.SegmentId equals s.Id
        where s.DocumentId == documentId && v.IsAlternative
        select v;

    private static async Task<ProjectDocument> FindDocumentAsync(ReviewDbContext db, int documentId, CancellationToken cancellationToken) =>
        await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken).ConfigureAwait(false)
        ?? throw new ReviewNotFoundException($"Document {documentId} does not exist; it may have been deleted.");

    private static async Task<IReadOnlyList<(long Id, string Source)>> SegmentsOf(ReviewDbContext db, int documentId, CancellationToken cancellationToken)
    {
        var rows = await db.Segments.AsNoTracking().Where(s => s.DocumentId == documentId).OrderBy(s => s.Position)
            .Select(s => new { s.Id, s.SourceText }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => (r.Id, r.SourceText)).ToList();
    }
}
