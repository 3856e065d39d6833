using TranslationReview.Core.Documents;
using TranslationReview.Data.Tests.Infrastructure;

namespace TranslationReview.Data.Tests;

/// <summary>Mis-aligned alternatives repaired with the main target's tools; the sources and current targets stay.</summary>
public class AlternativeStoreRepairTests
{
    private static readonly TargetProvenance EngineB = new("Engine B", TargetOrigin.MachineTranslation);

    [Fact]
    public async Task MoveSentenceAsync_FirstSentenceToPrevious_JoinsItToThePreviousAlternative()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await ImportWithAlternativesAsync(database,
            ("Зеленский подписал заявку.", "Zelensky signed the application."),
            ("Все ждали реакции НАТО. Генсек выступил.", "All waited for NATO's reaction. The Secretary General spoke."),
            ("Это был холодный душ.", "It was a cold shower."));
        await database.Alternatives.AddFromDocumentAsync(documentId, await Tsv(
            ("Зеленский подписал заявку.", ""),
            ("Все ждали реакции НАТО. Генсек выступил.", "Zelenskyy signed the application. Everyone waited for NATO's reaction."),
            ("Это был холодный душ.", "The Secretary General spoke. It was a cold shower.")), EngineB, true, null, CancellationToken.None);

        var moved = await database.Alternatives.MoveSentenceAsync(rows[1].Id, "Engine B", MoveDirection.ToPrevious, CancellationToken.None);
        var next = await database.Alternatives.MoveSentenceAsync(rows[2].Id, "Engine B", MoveDirection.ToPrevious, CancellationToken.None);

        Assert.Equal([1, 2], moved.Select(r => r.Position));
        var page = (await database.Alternatives.GetPageAsync(documentId, "Engine B", 0, 10, CancellationToken.None)).Rows;
        Assert.Equal(
            ["Zelenskyy signed the application.", "Everyone waited for NATO's reaction. The Secretary General spoke.", "It was a cold shower."],
            page.Select(r => r.Text));
        Assert.Equal([1.0, 1.0, 1.0], page.Select(r => r.Confidence));
        Assert.Equal([2, 3], next.Select(r => r.Position));
        Assert.Equal("Zelensky signed the application.", (await DocumentBuilder.RowsAsync(database, documentId))[0].Target);
    }

    [Fact]
    public async Task MoveSentenceAsync_LastSentenceToNext_StartsTheNextAlternative()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await ImportWithAlternativesAsync(database,
            ("Киев ответил.", "Kiev responded."),
            ("Москва промолчала.", "Moscow kept silent."));
        await database.Alternatives.AddFromTextAsync(documentId, ["Kyiv responded. Moscow kept silent."], EngineB, false, null, CancellationToken.None);
        var before = (await database.Alternatives.GetPageAsync(documentId, "Engine B", 0, 10, CancellationToken.None)).Rows;
        var holder = before.Single(r => r.Text!.Contains("Moscow", StringComparison.Ordinal));

        await database.Alternatives.MoveSentenceAsync(holder.SegmentId, "Engine B", MoveDirection.ToNext, CancellationToken.None);

        var page = (await database.Alternatives.GetPageAsync(documentId, "Engine B", 0, 10, CancellationToken.None)).Rows;
        Assert.Equal(["Kyiv responded.", "Moscow kept silent."], page.Select(r => r.Text));
        Assert.Equal(rows.Select(r => r.Id), page.Select(r => r.SegmentId));
    }

    [Fact]
    public async Task MergeWithNextAsync_PullsTheNextAlternativeIn()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await ImportWithAlternativesAsync(database,
            ("Генсек НАТО Йенс Столтенберг заявил, что ускоренное вступление возможно.", "He said it."),
            ("Но только при консенсусе.", "Only with consensus."));
        await database.Alternatives.AddFromDocumentAsync(documentId, await Tsv(
            ("Генсек НАТО Йенс Столтенберг заявил, что ускоренное вступление возможно.", "NATO Secretary General Jens Stoltenberg said that"),
            ("Но только при консенсусе.", "an accelerated accession is possible, but only with consensus.")), EngineB, false, null, CancellationToken.None);

        await database.Alternatives.MergeWithNextAsync(rows[0].Id, "Engine B", CancellationToken.None);

        var page = (await database.Alternatives.GetPageAsync(documentId, "Engine B", 0, 10, CancellationToken.None)).Rows;
        Assert.Equal(["NATO Secretary General Jens Stoltenberg said that an accelerated accession is possible, but only with consensus.", ""], page.Select(r => r.Text));
    }

    [Fact]
    public async Task SplitAsync_AtAPoint_PushesTheRestIntoTheNextAlternative()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await ImportWithAlternativesAsync(database,
            ("Бербок поддержала заявку.", "Berbock backed the bid."),
            ("Чехия тоже.", "Czechia too."));
        await database.Alternatives.AddFromDocumentAsync(documentId, await Tsv(
            ("Бербок поддержала заявку.", "Baerbock backed the bid. So did Czechia."),
            ("Чехия тоже.", "")), EngineB, false, null, CancellationToken.None);

        var changed = await database.Alternatives.SplitAsync(rows[0].Id, "Engine B", "Baerbock backed the bid. ".Length, CancellationToken.None);

        Assert.Equal(["Baerbock backed the bid.", "So did Czechia."], changed.Select(r => r.Text));
        Assert.All(changed, r => Assert.Equal(1.0, r.Confidence));
    }

    [Fact]
    public async Task MoveSentenceAsync_FirstSegment_RefusesToMoveToPrevious()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await ImportWithAlternativesAsync(database, ("Киев ответил.", "Kiev responded."));
        await database.Alternatives.AddFromTextAsync(documentId, ["Kyiv responded."], EngineB, false, null, CancellationToken.None);

        var error = await Assert.ThrowsAsync<ReviewValidationException>(
            () => database.Alternatives.MoveSentenceAsync(rows[0].Id, "Engine B", MoveDirection.ToPrevious, CancellationToken.None));

        Assert.Contains("first segment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MergeWithNextAsync_MainSegments_JoinsTheirAlternativesUnderOneLabel()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await ImportWithAlternativesAsync(database,
            ("Киев ответил.", "Kiev responded."),
            ("Москва промолчала.", "Moscow kept silent."));
        await database.Alternatives.AddFromTextAsync(documentId, ["Kyiv responded.", "Moscow kept silent."], EngineB, false, null, CancellationToken.None);

        await database.Segments.MergeWithNextAsync(rows[0].Id, "olena", CancellationToken.None);

        var row = Assert.Single((await database.Alternatives.GetPageAsync(documentId, "Engine B", 0, 10, CancellationToken.None)).Rows);
        Assert.Equal("Kyiv responded. Moscow kept silent.", row.Text);
    }

    private static async Task<(int DocumentId, IReadOnlyList<SegmentRow> Rows)> ImportWithAlternativesAsync(TestDatabase database, params (string Source, string? Target)[] pairs) =>
        await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(pairs));

    private static Task<BilingualDocument> Tsv(params (string Source, string Target)[] pairs) =>
        AlternativeFiles.ReadAsync("engine-b.tsv", AlternativeStoreTests.File("tsv", pairs));
}
