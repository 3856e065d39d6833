using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace TranslationReview.Data.Tests.Infrastructure;

/// <summary>A real SQLite file in a fresh temporary folder, wired as the web app wires it, deleted afterwards.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TestDatabase(string folder)
    {
        Folder = folder;
        FilePath = Path.Combine(folder, "data", "review.db");

        // No pooling: the file must be closed (and deletable) when the test ends.
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString();
        _services = new ServiceCollection().AddReviewData(ConnectionString).BuildServiceProvider();
    }

    public string Folder { get; }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public IServiceProvider Services => _services;

    public IDbContextFactory<ReviewDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<ReviewDbContext>>();

    public ProjectStore Projects => _services.GetRequiredService<ProjectStore>();

    public DocumentStore Documents => _services.GetRequiredService<DocumentStore>();

    public SegmentStore Segments => _services.GetRequiredService<SegmentStore>();

    public TargetVersionStore TargetVersions => _services.GetRequiredService<TargetVersionStore>();

    public FlagStore Flags => _services.GetRequiredService<FlagStore>();

    public GlossaryStore Glossaries => _services.GetRequiredService<GlossaryStore>();

    /// <summary>A database file that does not exist yet.</summary>
    public static TestDatabase CreateUnmigrated() =>
        new(Path.Combine(Path.GetTempPath(), "trv-data-tests", Guid.NewGuid().ToString("N")));

    /// <summary>A database file with every migration applied.</summary>
    public static async Task<TestDatabase> CreateAsync()
    {
        var database = CreateUnmigrated();
        await DatabaseMigrator.MigrateAsync(database.Services, CancellationToken.None);
        return database;
    }

    /// <summary>A fresh context, as a new request or circuit would get.</summary>
    public ReviewDbContext NewContext() => Contexts.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the test result matters more.
        }
    }
}
