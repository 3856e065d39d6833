using TranslationReview.Core.Documents;
using TranslationReview.Data.Tests.Infrastructure;

namespace TranslationReview.Data.Tests;

/// <summary>The label, origin and author of a document's current targets, and of the versions they become.</summary>
public class TargetProvenanceTests
{
    [Fact]
    public async Task ImportAsync_LabelledMachineTranslation_CurrentTargetAndDocumentCarryTheLabel()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("NATO", "ru", "en", CancellationToken.None);
        var document = DocumentBuilder.Pairs(("Генсек НАТО Йенс Столтенберг заявил об этом.", "NATO Secretary of State Jens Stoltenberg said this."));

        var documentId = await database.Documents.ImportAsync(
            projectId, document, "txt", new TargetProvenance("  MT engine A ", TargetOrigin.MachineTranslation), null, CancellationToken.None);

        var row = Assert.Single(await DocumentBuilder.RowsAsync(database, documentId));
        Assert.Equal("MT engine A", row.TargetLabel);
        Assert.Equal(TargetOrigin.MachineTranslation, row.TargetOrigin);
        Assert.Null(row.TargetAuthor);
        Assert.Null(row.TargetChangedBy);
        var summary = (await database.Documents.GetAsync(documentId, CancellationToken.None))!;
        Assert.Equal(("MT engine A", TargetOrigin.MachineTranslation), (summary.TargetLabel, summary.TargetOrigin));
    }

    [Fact]
    public async Task UpdateTargetAsync_LabelledImport_KeptVersionHasTheImportLabelAndOrigin()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("NATO", "ru", "en", CancellationToken.None);
        var documentId = await database.Documents.ImportAsync(projectId,
            DocumentBuilder.Pairs(("Глава МИД ФРГ Анналена Бербок поддержала заявку.", "FRG Foreign Minister Annalena Berbock backed the bid.")),
            "txt", new TargetProvenance("MT engine A", TargetOrigin.MachineTranslation), null, CancellationToken.None);
        var id = (await DocumentBuilder.RowsAsync(database, documentId))[0].Id;

        var edited = await database.Segments.UpdateTargetAsync(id, "German Foreign Minister Annalena Baerbock backed the bid.", "olena@example.org", CancellationToken.None);

        Assert.Equal(("Edit by olena@example.org", TargetOrigin.HumanEdit, "olena@example.org"), (edited.TargetLabel, edited.TargetOrigin, edited.TargetAuthor));
        var kept = Assert.Single(await database.TargetVersions.GetVersionsAsync(id, CancellationToken.None));
        Assert.Equal("FRG Foreign Minister Annalena Berbock backed the bid.", kept.Text);
        Assert.Equal(("MT engine A", TargetOrigin.MachineTranslation), (kept.Label, kept.Origin));
        Assert.Null(kept.Author);
        Assert.False(kept.IsAlternative);
    }

    [Fact]
    public async Task UpdateTargetAsync_AfterSomeoneOnlyChangedTheState_VersionIsStillTheImportedText()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("Харьков снова под обстрелом.", "Kharkov is under fire again.")));
        var id = rows[0].Id;

        var approved = await database.Segments.SetStateAsync(id, SegmentState.Rejected, "maria@example.org", CancellationToken.None);
        await database.Segments.UpdateTargetAsync(id, "Kharkiv is under fire again.", "olena@example.org", CancellationToken.None);

        Assert.Equal("maria@example.org", approved.UpdatedBy);
        Assert.Null(approved.TargetChangedBy);
        Assert.Equal("Imported", approved.TargetLabel);
        var kept = Assert.Single(await database.TargetVersions.GetVersionsAsync(id, CancellationToken.None));
        Assert.Equal(("Kharkov is under fire again.", "Imported", TargetOrigin.Imported), (kept.Text, kept.Label, kept.Origin));
        Assert.Null(kept.Author);
    }

    [Fact]
    public async Task MakeCurrentAsync_Alternative_CurrentTargetTakesItsLabelAndTheReplacedTargetIsKept()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("Президент Украины Владимир Зеленский подписал заявку.", "Ukrainian President Vladimir Zelensky signed the application.")));
        var tsv = await AlternativeFiles.ReadAsync("revision.tsv", "Президент Украины Владимир Зеленский подписал заявку.\tUkrainian President Volodymyr Zelenskyy signed the application.\n");
        await database.Alternatives.AddFromDocumentAsync(documentId, tsv, new TargetProvenance("Human revision", TargetOrigin.HumanEdit), false, null, CancellationToken.None);
        var alternative = Assert.Single(await database.TargetVersions.GetVersionsAsync(rows[0].Id, CancellationToken.None));

        var current = await database.TargetVersions.MakeCurrentAsync(alternative.Id, "maria@example.org", CancellationToken.None);

        Assert.Equal("Ukrainian President Volodymyr Zelenskyy signed the application.", current.Target);
        Assert.Equal(("Human revision", TargetOrigin.HumanEdit, "maria@example.org"), (current.TargetLabel, current.TargetOrigin, current.TargetChangedBy));
        var versions = await database.TargetVersions.GetVersionsAsync(rows[0].Id, CancellationToken.None);
        Assert.Contains(versions, v => v is { Label: "Imported", IsAlternative: false, Text: "Ukrainian President Vladimir Zelensky signed the application." });
        Assert.Contains(versions, v => v is { Label: "Human revision", IsAlternative: true });
    }

    [Fact]
    public async Task MakeCurrentAsync_EmptyAlternative_RefusesAndKeepsTheTarget()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(
            ("Генсек НАТО выступил.", "The NATO Secretary of State spoke."),
            ("Он потребовал консенсуса.", "He demanded consensus.")));
        await database.Alternatives.AddFromTextAsync(documentId, ["The NATO Secretary General spoke and demanded consensus."],
            new TargetProvenance("Human revision", TargetOrigin.HumanEdit), false, null, CancellationToken.None);
        var empty = (await database.TargetVersions.GetVersionsAsync(rows[1].Id, CancellationToken.None)).Single(v => v.IsAlternative);

        var error = await Assert.ThrowsAsync<ReviewValidationException>(() => database.TargetVersions.MakeCurrentAsync(empty.Id, "maria", CancellationToken.None));

        Assert.Equal("", empty.Text);
        Assert.Contains("is empty", error.Message, StringComparison.Ordinal);
        Assert.Equal("He demanded consensus.", (await database.Segments.GetAsync(rows[1].Id, CancellationToken.None))!.Target);
    }

    [Fact]
    public async Task ImportAsync_BlankLabel_RefusesAndSavesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("NATO", "ru", "en", CancellationToken.None);

        var error = await Assert.ThrowsAsync<ReviewValidationException>(() => database.Documents.ImportAsync(projectId,
            DocumentBuilder.Pairs(("Киев ответил.", "Kiev responded.")), "txt", new TargetProvenance(" ", TargetOrigin.Imported), null, CancellationToken.None));

        Assert.Contains("label", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await database.Documents.ListAsync(projectId, CancellationToken.None));
    }
}
