using Microsoft.EntityFrameworkCore;
using TranslationReview.Data.Projects;

namespace TranslationReview.Data;

/// <summary>Creates, lists and deletes projects. Holds only the context factory: one context per operation.</summary>
public sealed class ProjectStore
{
    private readonly IDbContextFactory<ReviewDbContext> _contexts;
    private readonly TimeProvider _clock;

    /// <summary>Creates the store over the database's context factory.</summary>
    public ProjectStore(IDbContextFactory<ReviewDbContext> contexts)
        : this(contexts, TimeProvider.System)
    {
    }

    /// <summary>Creates the store with a clock (tests pass a fixed one).</summary>
    public ProjectStore(IDbContextFactory<ReviewDbContext> contexts, TimeProvider clock)
    {
        _contexts = contexts;
        _clock = clock;
    }

    /// <summary>Creates a project and returns its id.</summary>
    /// <exception cref="ReviewValidationException">The name is empty, too long or taken, or a language tag does not look like BCP 47; the message says which.</exception>
    public async Task<int> CreateAsync(string name, string sourceLanguage, string targetLanguage, CancellationToken cancellationToken)
    {
        var (validName, source, target) = ProjectRules.Validate(name, sourceLanguage, targetLanguage);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var normalized = Project.Normalize(validName);
        if (await db.Projects.AnyAsync(p => p.NormalizedName == normalized, cancellationToken).ConfigureAwait(false))
        {
            throw NameTaken(validName);
        }

        var project = new Project(validName, source, target, _clock.GetUtcNow());
        db.Projects.Add(project);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex)
        {
            // Someone created a project of the same name between the check and the insert: the unique index caught it.
            throw NameTaken(validName, ex);
        }

        return project.Id;
    }

    /// <summary>Every project, by name.</summary>
    public async Task<IReadOnlyList<ProjectSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await Summaries(db, db.Projects.OrderBy(p => p.Name))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One project, or null when it does not exist.</summary>
    public async Task<ProjectSummary?> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await Summaries(db, db.Projects.Where(p => p.Id == id))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a project with its documents and segments.</summary>
    /// <exception cref="ReviewNotFoundException">No such project.</exception>
    public async Task DeleteAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);

        // Documents and segments go with the project (cascading foreign keys), in one statement.
        var deleted = await db.Projects.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        if (deleted == 0)
        {
            throw new ReviewNotFoundException($"Project {id} does not exist; it may have been deleted.");
        }
    }

    /// <summary>Sets the MQM quality score a document of the project must reach to pass.</summary>
    /// <exception cref="ReviewValidationException">The threshold is not a number from 0 to 100.</exception>
    /// <exception cref="ReviewNotFoundException">No such project.</exception>
    public async Task SetPassThresholdAsync(int projectId, double threshold, CancellationToken cancellationToken)
    {
        if (double.IsNaN(threshold) || threshold < 0 || threshold > 100)
        {
            throw new ReviewValidationException($"The pass threshold must be a quality score from 0 to 100; {threshold} is not.");
        }

        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewNotFoundException($"Project {projectId} does not exist; it may have been deleted.");
        project.ChangePassThreshold(threshold);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static IQueryable<ProjectSummary> Summaries(ReviewDbContext db, IQueryable<Project> projects) =>
        projects.AsNoTracking().Select(p => new ProjectSummary(
            p.Id,
            p.Name,
            p.SourceLanguage,
            p.TargetLanguage,
            db.Documents.Count(d => d.ProjectId == p.Id),
            p.CreatedAt)
        {
            PassThreshold = p.PassThreshold,
        });

    private static ReviewValidationException NameTaken(string name, Exception? inner = null)
    {
        var message = $"A project named '{name}' already exists: choose another name.";
        return inner is null ? new ReviewValidationException(message) : new ReviewValidationException(message, inner);
    }
}
