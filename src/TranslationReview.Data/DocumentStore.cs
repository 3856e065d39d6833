using Microsoft.EntityFrameworkCore;
using TranslationReview.Core.Documents;
using TranslationReview.Data.Alternatives;
using TranslationReview.Data.Documents;

namespace TranslationReview.Data;

/// <summary>Imports documents into projects, lists them and exports them back to the Core model.</summary>
public sealed class DocumentStore
{
    /// <summary>Segments saved between two progress reports during an import.</summary>
    internal const int ImportBatchSize = 1000;

    private readonly IDbContextFactory<ReviewDbContext> _contexts;
    private readonly TimeProvider _clock;

    /// <summary>Creates the store over the database's context factory.</summary>
    public DocumentStore(IDbContextFactory<ReviewDbContext> contexts)
        : this(contexts, TimeProvider.System)
    {
    }

    /// <summary>Creates the store with a clock (tests pass a fixed one).</summary>
    public DocumentStore(IDbContextFactory<ReviewDbContext> contexts, TimeProvider clock)
    {
        _contexts = contexts;
        _clock = clock;
    }

    /// <summary>Imports a document whose translation is called "Imported"; see the overload with a <see cref="TargetProvenance"/>.</summary>
    public Task<int> ImportAsync(
        int projectId, BilingualDocument document, string originalFormat, IProgress<int>? savedSegments, CancellationToken cancellationToken) =>
        ImportAsync(projectId, document, originalFormat, TargetProvenance.Imported, savedSegments, cancellationToken);

    /// <summary>
    /// Imports a document into a project in ONE transaction: when anything fails or is cancelled, the project is
    /// left exactly as it was (no document, no segments). Segments go in through one prepared statement; after every
    /// 1,000 (and at the end) <paramref name="savedSegments"/> receives how many are saved so far. Translation
    /// candidates the file carries (XLIFF 1.2 <c>alt-trans</c>, XLIFF 2 <c>mtc:match</c>) become alternatives.
    /// </summary>
    /// <param name="projectId">The project to import into.</param>
    /// <param name="document">The document from a reader or the text-pair importer.</param>
    /// <param name="originalFormat">The format id it was read from (<c>xliff</c>, <c>xliff12</c>, <c>tmx</c>, <c>tsv</c>, <c>txt</c>).</param>
    /// <param name="provenance">What the imported translation is called and where it came from.</param>
    /// <param name="savedSegments">Progress: segments saved so far (not yet committed).</param>
    /// <param name="cancellationToken">Cancels the import; nothing is kept.</param>
    /// <returns>The new document's id.</returns>
    /// <exception cref="ReviewNotFoundException">No such project.</exception>
    /// <exception cref="ReviewValidationException">The document has no name or no segments, or the label is blank or too long.</exception>
    public async Task<int> ImportAsync(
        int projectId, BilingualDocument document, string originalFormat, TargetProvenance provenance, IProgress<int>? savedSegments,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(provenance);
        provenance = provenance.Validated();
        if (string.IsNullOrWhiteSpace(document.Name))
        {
            throw new ReviewValidationException("The document has no name: give the file a name and import it again.");
        }

        if (document.Segments.Count == 0)
        {
            throw new ReviewValidationException($"'{document.Name}' holds no segments: there is nothing to review.");
        }

        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewNotFoundException($"Project {projectId} does not exist; it may have been deleted.");

        var now = _clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        var entity = ProjectDocument.Import(project, document, originalFormat, provenance, now);
        db.Documents.Add(entity);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        await using (var insert = await SegmentBulkInsert.PrepareAsync(db, cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < document.Segments.Count; i++)
            {
                await InsertAsync(insert, entity, i + 1, document.Segments[i], provenance, now, cancellationToken).ConfigureAwait(false);
                if ((i + 1) % ImportBatchSize == 0 || i + 1 == document.Segments.Count)
                {
                    savedSegments?.Report(i + 1);
                }
            }
        }

        await CandidateAlternatives.AddAsync(db, entity.Id, document, now, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return entity.Id;
    }

    /// <summary>The documents of a project, by name, with their review progress.</summary>
    public async Task<IReadOnlyList<DocumentSummary>> ListAsync(int projectId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await DocumentSummaries.LoadAsync(db, db.Documents.Where(d => d.ProjectId == projectId), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One document with its review progress, or null when it does not exist.</summary>
    public async Task<DocumentSummary?> GetAsync(int documentId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var found = await DocumentSummaries.LoadAsync(db, db.Documents.Where(d => d.Id == documentId), cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>
    /// Rebuilds the Core document in position order with everything the import kept (inline codes, properties,
    /// notes, preserved XML) and every edit since, ready for any <c>IBilingualWriter</c>.
    /// </summary>
    /// <exception cref="ReviewNotFoundException">No such document.</exception>
    public async Task<BilingualDocument> ExportAsync(int documentId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewNotFoundException($"Document {documentId} does not exist; it may have been deleted.");

        var segments = new List<Segment>(document.SegmentCount);
        await foreach (var row in db.Segments.AsNoTracking()
            .Where(s => s.DocumentId == documentId)
            .OrderBy(s => s.Position)
            .AsAsyncEnumerable()
            .WithCancellation(cancellationToken)
            .ConfigureAwait(false))
        {
            segments.Add(row.ToSegment());
        }

        return document.ToBilingualDocument(segments);
    }

    /// <summary>Deletes a document with its segments.</summary>
    /// <exception cref="ReviewNotFoundException">No such document.</exception>
    public async Task DeleteAsync(int documentId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var deleted = await db.Documents.Where(d => d.Id == documentId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        if (deleted == 0)
        {
            throw new ReviewNotFoundException($"Document {documentId} does not exist; it may have been deleted.");
        }
    }

    private static async Task InsertAsync(
        SegmentBulkInsert insert, ProjectDocument document, int position, Segment segment, TargetProvenance provenance, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        try
        {
            await insert.InsertAsync(DocumentSegment.Import(document.Id, position, segment, provenance, now), cancellationToken).ConfigureAwait(false);
        }
        catch (System.Data.Common.DbException ex)
        {
            // Report it as EF reports a failed save, naming the segment that broke the import.
            throw new DbUpdateException($"Segment {position} (id '{segment.Id}') of '{document.Name}' could not be saved: {ex.Message}", ex);
        }
    }
}
