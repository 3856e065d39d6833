using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TranslationReview.Data.Configurations;

namespace TranslationReview.Data;

/// <summary>The review database: Identity accounts, projects, their documents and segments.</summary>
public class ReviewDbContext : IdentityDbContext<ReviewUser>
{
    /// <summary>Creates a context; use <see cref="IDbContextFactory{TContext}"/> for one context per operation.</summary>
    public ReviewDbContext(DbContextOptions<ReviewDbContext> options)
        : base(options)
    {
    }

    /// <summary>Translation projects.</summary>
    public DbSet<Project> Projects => Set<Project>();

    /// <summary>Documents imported into projects.</summary>
    public DbSet<ProjectDocument> Documents => Set<ProjectDocument>();

    /// <summary>Segments of every document.</summary>
    public DbSet<DocumentSegment> Segments => Set<DocumentSegment>();

    /// <summary>Earlier targets of segments, kept whenever a target is replaced.</summary>
    public DbSet<TargetVersion> TargetVersions => Set<TargetVersion>();

    /// <summary>Errors flagged in segments, by reviewers and by the automatic checks.</summary>
    public DbSet<Flag> Flags => Set<Flag>();

    /// <summary>Every project's glossary entries.</summary>
    public DbSet<ProjectGlossaryEntry> GlossaryEntries => Set<ProjectGlossaryEntry>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ReviewDbContext).Assembly);
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no date type and EF cannot order or compare DateTimeOffset there: store UTC ticks.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
