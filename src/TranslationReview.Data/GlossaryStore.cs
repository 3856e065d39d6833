using Microsoft.EntityFrameworkCore;
using TranslationReview.Core.Terminology;
using TranslationReview.Data.Glossaries;

namespace TranslationReview.Data;

/// <summary>
/// Each project's glossary: entries listed, added, edited and deleted by hand, imported from a termbase in one
/// transaction, and read as a Core <see cref="Glossary"/> for the checks and exports. One entry per source term.
/// </summary>
public sealed class GlossaryStore
{
    private readonly IDbContextFactory<ReviewDbContext> _contexts;
    private readonly TimeProvider _clock;

    /// <summary>Creates the store over the database's context factory.</summary>
    public GlossaryStore(IDbContextFactory<ReviewDbContext> contexts)
        : this(contexts, TimeProvider.System)
    {
    }

    /// <summary>Creates the store with a clock (tests pass a fixed one).</summary>
    public GlossaryStore(IDbContextFactory<ReviewDbContext> contexts, TimeProvider clock)
    {
        _contexts = contexts;
        _clock = clock;
    }

    /// <summary>The project's entries by source term.</summary>
    public async Task<IReadOnlyList<GlossaryEntryRow>> ListAsync(int projectId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var entries = await db.GlossaryEntries.AsNoTracking().Where(e => e.ProjectId == projectId)
            .OrderBy(e => e.NormalizedSourceTerm).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. entries.Select(Row)];
    }

    /// <summary>How many entries the project's glossary has.</summary>
    public async Task<int> CountAsync(int projectId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.GlossaryEntries.CountAsync(e => e.ProjectId == projectId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds an entry.</summary>
    /// <exception cref="ReviewValidationException">The input is invalid or the source term already has an entry; the message says which.</exception>
    /// <exception cref="ReviewNotFoundException">No such project.</exception>
    public async Task<GlossaryEntryRow> AddAsync(int projectId, GlossaryEntryInput input, string user, CancellationToken cancellationToken)
    {
        var valid = Validated(input);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await RequireProjectAsync(db, projectId, cancellationToken).ConfigureAwait(false);
        if (await FindByTermAsync(db, projectId, valid.SourceTerm, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw Duplicate(valid.SourceTerm);
        }

        var entry = ProjectGlossaryEntry.Create(projectId, valid, user, _clock.GetUtcNow());
        db.GlossaryEntries.Add(entry);
        await SaveAsync(db, valid.SourceTerm, cancellationToken).ConfigureAwait(false);
        return Row(entry);
    }

    /// <summary>
    /// Adds an entry, or when the source term has one already, adds the input's renderings to it: new accepted
    /// renderings first, forbidden ones appended (the way a reviewer's correction from a flag lands in the glossary).
    /// </summary>
    /// <exception cref="ReviewValidationException">The input is invalid.</exception>
    /// <exception cref="ReviewNotFoundException">No such project.</exception>
    public async Task<GlossaryEntryRow> AddOrMergeAsync(int projectId, GlossaryEntryInput input, string user, CancellationToken cancellationToken)
    {
        var valid = Validated(input);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await RequireProjectAsync(db, projectId, cancellationToken).ConfigureAwait(false);
        var now = _clock.GetUtcNow();
        var entry = await FindByTermAsync(db, projectId, valid.SourceTerm, cancellationToken).ConfigureAwait(false);
        if (entry is null)
        {
            entry = ProjectGlossaryEntry.Create(projectId, valid, user, now);
            db.GlossaryEntries.Add(entry);
        }
        else
        {
            var current = new GlossaryEntryInput(entry.SourceTerm, entry.TargetTerms, entry.ForbiddenTerms, entry.Type, entry.Note);
            entry.Change(Validated(GlossaryEntryInputs.Merge(current, valid) with { SourceTerm = entry.SourceTerm }), user, now);
        }

        await SaveAsync(db, valid.SourceTerm, cancellationToken).ConfigureAwait(false);
        return Row(entry);
    }

    /// <summary>Replaces an entry's content.</summary>
    /// <exception cref="ReviewValidationException">The input is invalid or another entry has the source term.</exception>
    /// <exception cref="ReviewNotFoundException">No such entry.</exception>
    public async Task<GlossaryEntryRow> UpdateAsync(int entryId, GlossaryEntryInput input, string user, CancellationToken cancellationToken)
    {
        var valid = Validated(input);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var entry = await FindAsync(db, entryId, cancellationToken).ConfigureAwait(false);
        var other = await FindByTermAsync(db, entry.ProjectId, valid.SourceTerm, cancellationToken).ConfigureAwait(false);
        if (other is not null && other.Id != entry.Id)
        {
            throw Duplicate(valid.SourceTerm);
        }

        entry.Change(valid, user, _clock.GetUtcNow());
        await SaveAsync(db, valid.SourceTerm, cancellationToken).ConfigureAwait(false);
        return Row(entry);
    }

    /// <summary>Deletes an entry.</summary>
    /// <exception cref="ReviewNotFoundException">No such entry.</exception>
    public async Task DeleteAsync(int entryId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (await db.GlossaryEntries.Where(e => e.Id == entryId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            throw new ReviewNotFoundException($"Glossary entry {entryId} does not exist; someone may have deleted it. Reload the glossary.");
        }
    }

    /// <summary>
    /// Imports a termbase in one transaction. With <paramref name="replace"/> the project's entries are removed
    /// first; otherwise an entry whose source term is already there replaces that entry. Entries the glossary cannot
    /// hold (no rendering, a '|' in a term) are skipped and listed.
    /// </summary>
    /// <exception cref="ReviewNotFoundException">No such project.</exception>
    public async Task<GlossaryImportResult> ImportAsync(int projectId, Glossary glossary, bool replace, string? user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await RequireProjectAsync(db, projectId, cancellationToken).ConfigureAwait(false);
        var removed = replace
            ? await db.GlossaryEntries.Where(e => e.ProjectId == projectId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false)
            : 0;
        var existing = (await db.GlossaryEntries.Where(e => e.ProjectId == projectId).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(e => e.NormalizedSourceTerm, StringComparer.Ordinal);
        var (added, updated, skipped) = (0, 0, new List<string>());
        var now = _clock.GetUtcNow();
        foreach (var input in GlossaryEntryInputs.From(glossary))
        {
            var problems = input.Validate();
            if (problems.Count > 0)
            {
                skipped.Add($"'{input.SourceTerm}': {string.Join(' ', problems)}");
            }
            else if (existing.TryGetValue(ProjectGlossaryEntry.Normalize(input.SourceTerm), out var entry))
            {
                entry.Change(input, user, now);
                updated++;
            }
            else
            {
                db.GlossaryEntries.Add(ProjectGlossaryEntry.Create(projectId, input, user, now));
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new GlossaryImportResult(added, updated, removed, skipped);
    }

    /// <summary>The project's glossary as the checks and the exports read it; empty when the project has no entries.</summary>
    /// <exception cref="ReviewNotFoundException">No such project.</exception>
    public async Task<Glossary> GetGlossaryAsync(int projectId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewNotFoundException($"Project {projectId} does not exist; it may have been deleted.");
        var entries = await db.GlossaryEntries.AsNoTracking().Where(e => e.ProjectId == projectId)
            .OrderBy(e => e.NormalizedSourceTerm).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new Glossary(project.Name, project.SourceLanguage, project.TargetLanguage, [.. entries.Select(e => e.ToGlossaryEntry())])
        {
            Languages = [project.SourceLanguage, project.TargetLanguage],
        };
    }

    private static GlossaryEntryInput Validated(GlossaryEntryInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = input.Validate();
        return problems.Count > 0 ? throw new ReviewValidationException(string.Join(' ', problems)) : input.Normalized();
    }

    private static GlossaryEntryRow Row(ProjectGlossaryEntry e) =>
        new(e.Id, e.SourceTerm, e.TargetTerms, e.ForbiddenTerms, e.Type, e.Note, e.UpdatedAt, e.UpdatedBy);

    private static async Task RequireProjectAsync(ReviewDbContext db, int projectId, CancellationToken cancellationToken)
    {
        if (!await db.Projects.AnyAsync(p => p.Id == projectId, cancellationToken).ConfigureAwait(false))
        {
            throw new ReviewNotFoundException($"Project {projectId} does not exist; it may have been deleted.");
        }
    }

    private static Task<ProjectGlossaryEntry?> FindByTermAsync(ReviewDbContext db, int projectId, string sourceTerm, CancellationToken cancellationToken)
    {
        var normalized = ProjectGlossaryEntry.Normalize(sourceTerm);
        return db.GlossaryEntries.FirstOrDefaultAsync(e => e.ProjectId == projectId && e.NormalizedSourceTerm == normalized, cancellationToken);
    }

    private static async Task<ProjectGlossaryEntry> FindAsync(ReviewDbContext db, int entryId, CancellationToken cancellationToken) =>
        await db.GlossaryEntries.FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken).ConfigureAwait(false)
        ?? throw new ReviewNotFoundException($"Glossary entry {entryId} does not exist; someone may have deleted it. Reload the glossary.");

    private static async Task SaveAsync(ReviewDbContext db, string sourceTerm, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex)
        {
            // Someone added the same source term between the check and the save: the unique index caught it.
            throw new ReviewValidationException($"The glossary already has an entry for '{sourceTerm}': edit that entry instead.", ex);
        }
    }

    private static ReviewValidationException Duplicate(string sourceTerm) =>
        new($"The glossary already has an entry for '{sourceTerm}': edit that entry instead.");
}
