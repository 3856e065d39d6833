using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace TranslationReview.Data;

/// <summary>Brings the database up to date on start: creates its folder and file, applies pending migrations.</summary>
public static class DatabaseMigrator
{
    /// <summary>Applies pending migrations through the registered <see cref="IDbContextFactory{TContext}"/>.</summary>
    public static Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        MigrateAsync(services.GetRequiredService<IDbContextFactory<ReviewDbContext>>(), cancellationToken);

    /// <summary>Applies pending migrations; creates the SQLite file's folder first when it is missing.</summary>
    public static async Task MigrateAsync(IDbContextFactory<ReviewDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (db.Database.IsSqlite())
        {
            EnsureFolder(db.Database.GetConnectionString());
        }

        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers (every open grid) proceed while an import writes; it persists in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }
    }

    private static void EnsureFolder(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
