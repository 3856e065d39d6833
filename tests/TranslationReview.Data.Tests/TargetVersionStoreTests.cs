using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TranslationReview.Core.Documents;
using TranslationReview.Data.Tests.Infrastructure;

namespace TranslationReview.Data.Tests;

public class TargetVersionStoreTests
{
    [Fact]
    public async Task GetVersionsAsync_EditedTwice_KeepsBothEarlierTargetsNewestFirst()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("Місто відновлює бібліотеку.", "The town renews the library.")));
        var id = rows[0].Id;

        await database.Segments.UpdateTargetAsync(id, "The city renews the library.", "olena@example.org", CancellationToken.None);
        await database.Segments.UpdateTargetAsync(id, "The city is restoring the library.", "ivan@example.org", CancellationToken.None);

        var versions = await database.TargetVersions.GetVersionsAsync(id, CancellationToken.None);
        Assert.Collection(versions,
            newest =>
            {
                Assert.Equal("The city renews the library.", newest.Text);
                Assert.Equal("Edit by olena@example.org", newest.Label);
                Assert.Equal(TargetOrigin.HumanEdit, newest.Origin);
                Assert.Equal("olena@example.org", newest.Author);
            },
            oldest =>
            {
                Assert.Equal("The town renews the library.", oldest.Text);
                Assert.Equal("Imported", oldest.Label);
                Assert.Equal(TargetOrigin.Imported, oldest.Origin);
                Assert.Null(oldest.Author);
            });
        Assert.Equal("The city is restoring the library.", (await database.Segments.GetAsync(id, CancellationToken.None))!.Target);
    }

    [Fact]
    public async Task UpdateTargetAsync_SameText_RecordsNoVersion()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("Решту профінансують із бюджету.", "The rest comes from the budget.")));

        await database.Segments.UpdateTargetAsync(rows[0].Id, "The rest comes from the budget.", "olena", CancellationToken.None);

        Assert.Empty(await database.TargetVersions.GetVersionsAsync(rows[0].Id, CancellationToken.None));
    }

    [Fact]
    public async Task UpdateTargetAsync_NoTargetBefore_RecordsNoVersion()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("Решту профінансують із бюджету.", null)));

        await database.Segments.UpdateTargetAsync(rows[0].Id, "The rest comes from the budget.", "olena", CancellationToken.None);

        Assert.Empty(await database.TargetVersions.GetVersionsAsync(rows[0].Id, CancellationToken.None));
    }

    [Fact]
    public async Task UpdateTargetAsync_BlankTarget_KeepsTheRemovedTranslation()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("Решту профінансують із бюджету.", "The rest comes from the budget.")));

        await database.Segments.UpdateTargetAsync(rows[0].Id, " ", "olena", CancellationToken.None);

        Assert.Equal("The rest comes from the budget.", Assert.Single(await database.TargetVersions.GetVersionsAsync(rows[0].Id, CancellationToken.None)).Text);
    }

    [Fact]
    public async Task MakeCurrentAsync_OldVersion_RestoresItAndKeepsTheReplacedTarget()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("Місто відновлює бібліотеку.", "The town renews the library.")));
        var id = rows[0].Id;
        await database.Segments.UpdateTargetAsync(id, "The city renews the library.", "olena@example.org", CancellationToken.None);
        await database.Segments.UpdateTargetAsync(id, "The city is restoring the library.", "ivan@example.org", CancellationToken.None);
        var imported = (await database.TargetVersions.GetVersionsAsync(id, CancellationToken.None))[^1];

        var restored = await database.TargetVersions.MakeCurrentAsync(imported.Id, "maria@example.org", CancellationToken.None);

        Assert.Equal("The town renews the library.", restored.Target);
        Assert.Equal("maria@example.org", restored.UpdatedBy);
        Assert.Equal("The town renews the library.", (await database.Documents.ExportAsync(documentId, CancellationToken.None)).Segments[0].Target!.PlainText);
        var versions = await database.TargetVersions.GetVersionsAsync(id, CancellationToken.None);
        Assert.Equal(
            ["The city is restoring the library.", "The city renews the library.", "The town renews the library."],
            versions.Select(v => v.Text));
        Assert.Equal("Edit by ivan@example.org", versions[0].Label);
    }

    [Fact]
    public async Task MakeCurrentAsync_VersionWithInlineCodes_RestoresTheCodes()
    {
        await using var database = await TestDatabase.CreateAsync();
        var target = new SegmentContent([
            new TextRun("Click "),
            new InlineCode(InlineCodeKind.Opening, "1", "pc", new Dictionary<string, string> { ["type"] = "fmt" }),
            new TextRun("Save"),
            new InlineCode(InlineCodeKind.Closing, "1", "pc", InlineCode.NoAttributes),
        ]);
        var document = new BilingualDocument("ui.xlf", "uk", "en",
            [new Segment("s1", SegmentContent.FromText("Натисніть Зберегти"), target, SegmentState.Translated)]);
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, document);
        await database.Segments.UpdateTargetAsync(rows[0].Id, "Press Save", "olena", CancellationToken.None);
        var version = Assert.Single(await database.TargetVersions.GetVersionsAsync(rows[0].Id, CancellationToken.None));

        var restored = await database.TargetVersions.MakeCurrentAsync(version.Id, "ivan", CancellationToken.None);

        Assert.True(restored.HasInlineCodes);
        Assert.Equal(target, (await database.Documents.ExportAsync(documentId, CancellationToken.None)).Segments[0].Target);
    }

    [Fact]
    public async Task MakeCurrentAsync_MissingVersion_ThrowsNotFound()
    {
        await using var database = await TestDatabase.CreateAsync();

        await Assert.ThrowsAsync<ReviewNotFoundException>(() => database.TargetVersions.MakeCurrentAsync(404, "olena", CancellationToken.None));
        Assert.Empty(await database.TargetVersions.GetVersionsAsync(404, CancellationToken.None));
    }

    [Fact]
    public async Task MigrateAsync_DatabaseFromInitialMigration_KeepsSegmentsAndStartsKeepingVersions()
    {
        await using var database = TestDatabase.CreateUnmigrated();
        Directory.CreateDirectory(Path.GetDirectoryName(database.FilePath)!);
        long segmentId;
        await using (var db = database.NewContext())
        {
            var initial = db.Database.GetMigrations().Single(id => id.EndsWith("_Initial", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(initial);

            // Rows as the first release wrote them: the current model has columns that schema lacks.
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO Projects (Name, NormalizedName, SourceLanguage, TargetLanguage, CreatedAt) VALUES ('Old', 'OLD', 'uk', 'en', 0);
                INSERT INTO Documents (ProjectId, Name, SourceLanguage, TargetLanguage, OriginalFormat, ImportedAt, SegmentCount) VALUES (1, 'old.txt', 'uk', 'en', 'txt', 0, 1);
                INSERT INTO Segments (DocumentId, Position, ExternalId, SourceText, TargetText, SourceSearch, TargetSearch, State, UpdatedAt, Version)
                VALUES (1, 1, '1', 'Один.', 'One.', 'один.', 'one.', 1, 0, 0);
                """);
            segmentId = 1;
        }

        await DatabaseMigrator.MigrateAsync(database.Services, CancellationToken.None);

        var row = (await database.Segments.GetAsync(segmentId, CancellationToken.None))!;
        Assert.Equal(("One.", "Imported"), (row.Target, row.TargetLabel));
        Assert.Equal(95.0, (await database.Projects.GetAsync(1, CancellationToken.None))!.PassThreshold);
        await database.Segments.UpdateTargetAsync(segmentId, "Number one.", "olena", CancellationToken.None);
        var kept = Assert.Single(await database.TargetVersions.GetVersionsAsync(segmentId, CancellationToken.None));
        Assert.Equal(("One.", "Imported"), (kept.Text, kept.Label));
    }

    [Fact]
    public async Task DeleteDocument_WithVersions_RemovesTheVersionsToo()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("Один.", "One.")));
        await database.Segments.UpdateTargetAsync(rows[0].Id, "Number one.", "olena", CancellationToken.None);

        await using (var db = database.NewContext())
        {
            await db.Documents.Where(d => d.Id == documentId).ExecuteDeleteAsync();
        }

        await using var check = database.NewContext();
        Assert.Equal(0, await check.TargetVersions.CountAsync());
    }
}
