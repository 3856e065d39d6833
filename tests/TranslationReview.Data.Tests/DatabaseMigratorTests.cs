using Microsoft.EntityFrameworkCore;
using TranslationReview.Data.Tests.Infrastructure;

namespace TranslationReview.Data.Tests;

public class DatabaseMigratorTests
{
    [Fact]
    public async Task MigrateAsync_NoDatabaseFileYet_CreatesFolderFileAndSchema()
    {
        await using var database = TestDatabase.CreateUnmigrated();
        Assert.False(File.Exists(database.FilePath));

        await DatabaseMigrator.MigrateAsync(database.Services, CancellationToken.None);

        Assert.True(File.Exists(database.FilePath));
        await using var db = database.NewContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Contains(await db.Database.GetAppliedMigrationsAsync(), id => id.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Equal(0, await db.Projects.CountAsync());
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task MigrateAsync_AlreadyMigrated_KeepsTheData()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.Projects.CreateAsync("Kharkiv", "uk", "en", CancellationToken.None);

        await DatabaseMigrator.MigrateAsync(database.Contexts, CancellationToken.None);

        Assert.Equal("Kharkiv", Assert.Single(await database.Projects.ListAsync(CancellationToken.None)).Name);
    }
}
