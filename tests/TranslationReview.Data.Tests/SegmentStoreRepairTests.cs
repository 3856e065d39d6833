using TranslationReview.Core.Documents;
using TranslationReview.Data.Tests.Infrastructure;

namespace TranslationReview.Data.Tests;

public class SegmentStoreRepairTests
{
    private static readonly BilingualDocument FourSegments = DocumentBuilder.Pairs(
        ("Міська рада оголосила старт.", "The council announced the start."),
        ("Ідеться про ремонт бібліотеки.", "It concerns the library repair. The tram line is next."),
        ("Трамвайна лінія теж.", null),
        ("Решту профінансує місто.", "The city will finance the rest."));

    [Fact]
    public async Task MergeWithNextAsync_SecondSegment_JoinsTextAndRenumbersTheRest()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, FourSegments);

        var merged = await database.Segments.MergeWithNextAsync(rows[1].Id, "olena", CancellationToken.None);

        Assert.Equal("Ідеться про ремонт бібліотеки. Трамвайна лінія теж.", merged.Source);
        Assert.Equal("It concerns the library repair. The tram line is next.", merged.Target);
        Assert.Equal(1.0, merged.AlignmentConfidence);
        Assert.Equal("olena", merged.UpdatedBy);
        var after = await DocumentBuilder.RowsAsync(database, documentId);
        Assert.Equal([1, 2, 3], after.Select(r => r.Position));
        Assert.Equal([rows[0].Id, rows[1].Id, rows[3].Id], after.Select(r => r.Id));
        Assert.Equal(3, (await database.Documents.GetAsync(documentId, CancellationToken.None))!.SegmentCount);
        Assert.Null(await database.Segments.GetAsync(rows[2].Id, CancellationToken.None));
    }

    [Fact]
    public async Task MergeWithNextAsync_SegmentsWithInlineCodes_KeepsTheCodesOfBoth()
    {
        await using var database = await TestDatabase.CreateAsync();
        var document = await SampleDocuments.Xliff2Async("withReorderedCodes.xlf");
        var projectId = await database.Projects.CreateAsync("Codes", "en", "fr", CancellationToken.None);
        var documentId = await database.Documents.ImportAsync(projectId, document, "xliff", null, CancellationToken.None);
        var rows = await DocumentBuilder.RowsAsync(database, documentId);
        var codesBefore = document.Segments.Take(2).Sum(s => s.Source.Elements.OfType<InlineCode>().Count());

        await database.Segments.MergeWithNextAsync(rows[0].Id, "olena", CancellationToken.None);

        var exported = await database.Documents.ExportAsync(documentId, CancellationToken.None);
        Assert.Equal(document.Segments.Count - 1, exported.Segments.Count);
        Assert.Equal(codesBefore, exported.Segments[0].Source.Elements.OfType<InlineCode>().Count());
        Assert.Equal(document.Segments[0].Source.PlainText + " " + document.Segments[1].Source.PlainText, exported.Segments[0].Source.PlainText);
    }

    [Fact]
    public async Task MergeWithNextAsync_LastSegment_ThrowsValidationAndChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, FourSegments);

        var error = await Assert.ThrowsAsync<ReviewValidationException>(() =>
            database.Segments.MergeWithNextAsync(rows[3].Id, "olena", CancellationToken.None));

        Assert.Contains("last segment", error.Message, StringComparison.Ordinal);
        Assert.Equal(rows, await DocumentBuilder.RowsAsync(database, documentId));
    }

    [Fact]
    public async Task SplitAsync_AtSentenceBoundaries_InsertsTheSecondPartAfterAndRenumbers()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(
            ("Перше речення.", "First sentence."),
            ("Друге речення. Третє речення.", "Second sentence. Third sentence."),
            ("Четверте речення.", "Fourth sentence.")));

        var parts = await database.Segments.SplitAsync(
            rows[1].Id, "Друге речення.".Length, "Second sentence.".Length, "olena", CancellationToken.None);

        Assert.Equal(("Друге речення.", "Second sentence."), (parts[0].Source, parts[0].Target));
        Assert.Equal(("Третє речення.", "Third sentence."), (parts[1].Source, parts[1].Target));
        Assert.All(parts, p => Assert.Equal(1.0, p.AlignmentConfidence));
        var after = await DocumentBuilder.RowsAsync(database, documentId);
        Assert.Equal([1, 2, 3, 4], after.Select(r => r.Position));
        Assert.Equal(["Перше речення.", "Друге речення.", "Третє речення.", "Четверте речення."], after.Select(r => r.Source));
        Assert.Equal(4, (await database.Documents.GetAsync(documentId, CancellationToken.None))!.SegmentCount);
        var exported = await database.Documents.ExportAsync(documentId, CancellationToken.None);
        Assert.Equal(4, exported.Segments.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public async Task SplitAsync_TargetOffsetZero_GivesTheWholeTargetToTheSecondPart()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("Без перекладу. Друге речення.", "Second sentence.")));

        var parts = await database.Segments.SplitAsync(rows[0].Id, "Без перекладу.".Length, 0, "olena", CancellationToken.None);

        Assert.Null(parts[0].Target);
        Assert.Equal(SegmentState.New, parts[0].State);
        Assert.Equal("Second sentence.", parts[1].Target);
        Assert.Equal(SegmentState.Translated, parts[1].State);
    }

    [Fact]
    public async Task SplitAsync_SegmentWithInlineCodes_KeepsEachCodeOnItsSide()
    {
        await using var database = await TestDatabase.CreateAsync();
        var source = new SegmentContent([
            new InlineCode(InlineCodeKind.Opening, "1", "pc", InlineCode.NoAttributes),
            new TextRun("Перше."),
            new InlineCode(InlineCodeKind.Closing, "1", "pc", InlineCode.NoAttributes),
            new TextRun(" Друге "),
            new InlineCode(InlineCodeKind.Standalone, "2", "ph", InlineCode.NoAttributes),
        ]);
        var document = new BilingualDocument("codes.xlf", "uk", "en", [new Segment("s1", source, SegmentContent.FromText("First. Second"), SegmentState.Translated)]);
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, document);

        await database.Segments.SplitAsync(rows[0].Id, "Перше.".Length, "First.".Length, "olena", CancellationToken.None);

        var exported = await database.Documents.ExportAsync(documentId, CancellationToken.None);
        Assert.Equal(["pc", "pc"], exported.Segments[0].Source.Elements.OfType<InlineCode>().Select(c => c.Element));
        Assert.Equal("Перше.", exported.Segments[0].Source.PlainText);
        Assert.Equal("ph", Assert.Single(exported.Segments[1].Source.Elements.OfType<InlineCode>()).Element);
        Assert.Equal("Друге ", exported.Segments[1].Source.PlainText);
        Assert.Equal("Second", exported.Segments[1].Target!.PlainText);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(14, 0)]
    [InlineData(-1, 0)]
    [InlineData(5, 99)]
    [InlineData(5, -1)]
    public async Task SplitAsync_OffsetOutsideTheText_ThrowsValidationAndChangesNothing(int sourceOffset, int targetOffset)
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("Перше речення.", "First sentence."), ("Друге.", "Second.")));

        await Assert.ThrowsAsync<ReviewValidationException>(() =>
            database.Segments.SplitAsync(rows[0].Id, sourceOffset, targetOffset, "olena", CancellationToken.None));

        Assert.Equal(rows, await DocumentBuilder.RowsAsync(database, documentId));
    }

    [Fact]
    public async Task MoveTargetSentenceAsync_ToNext_MovesTheLastSentenceToTheStartOfTheNextTarget()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, FourSegments);

        var changed = await database.Segments.MoveTargetSentenceAsync(rows[1].Id, MoveDirection.ToNext, "olena", CancellationToken.None);

        Assert.Equal([2, 3], changed.Select(r => r.Position));
        var after = await DocumentBuilder.RowsAsync(database, documentId);
        Assert.Equal("It concerns the library repair.", after[1].Target);
        Assert.Equal("The tram line is next.", after[2].Target);
        Assert.Equal(SegmentState.Translated, after[2].State);
        Assert.Equal([0.4, 1.0, 1.0, 0.4], after.Select(r => r.AlignmentConfidence));
        Assert.Equal(["olena", "olena"], after.Skip(1).Take(2).Select(r => r.UpdatedBy));
    }

    [Fact]
    public async Task MoveTargetSentenceAsync_ToPrevious_MovesTheFirstSentenceToTheEndOfThePreviousTarget()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, FourSegments);

        await database.Segments.MoveTargetSentenceAsync(rows[1].Id, MoveDirection.ToPrevious, "olena", CancellationToken.None);

        var after = await DocumentBuilder.RowsAsync(database, documentId);
        Assert.Equal("The council announced the start. It concerns the library repair.", after[0].Target);
        Assert.Equal("The tram line is next.", after[1].Target);
    }

    [Fact]
    public async Task MoveTargetSentenceAsync_OnlySentence_LeavesTheSegmentUntranslated()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, FourSegments);

        await database.Segments.MoveTargetSentenceAsync(rows[3].Id, MoveDirection.ToPrevious, "olena", CancellationToken.None);

        var after = await DocumentBuilder.RowsAsync(database, documentId);
        Assert.Equal("The city will finance the rest.", after[2].Target);
        Assert.Null(after[3].Target);
        Assert.Equal(SegmentState.New, after[3].State);
    }

    [Theory]
    [InlineData(0, MoveDirection.ToPrevious, "first segment")]
    [InlineData(3, MoveDirection.ToNext, "last segment")]
    [InlineData(2, MoveDirection.ToNext, "no target sentence")]
    public async Task MoveTargetSentenceAsync_Impossible_ThrowsValidationAndChangesNothing(int index, MoveDirection direction, string message)
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, FourSegments);

        var error = await Assert.ThrowsAsync<ReviewValidationException>(() =>
            database.Segments.MoveTargetSentenceAsync(rows[index].Id, direction, "olena", CancellationToken.None));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(rows, await DocumentBuilder.RowsAsync(database, documentId));
    }

    [Fact]
    public async Task Repairs_ManyMergesAndSplits_KeepPositionsContiguous()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("Numbers", "uk", "en", CancellationToken.None);
        var documentId = await database.Documents.ImportAsync(projectId, SampleDocuments.Numbered(60), "txt", null, CancellationToken.None);

        for (var i = 0; i < 10; i++)
        {
            var rows = await DocumentBuilder.RowsAsync(database, documentId);
            await database.Segments.MergeWithNextAsync(rows[i * 4].Id, "olena", CancellationToken.None);
            var row = rows[(i * 5) + 2];
            await database.Segments.SplitAsync(row.Id, 7, 8, "ivan", CancellationToken.None);
        }

        var after = await DocumentBuilder.RowsAsync(database, documentId);
        Assert.Equal(Enumerable.Range(1, 60), after.Select(r => r.Position));
        Assert.Equal(60, (await database.Documents.GetAsync(documentId, CancellationToken.None))!.SegmentCount);
        var page = await database.Segments.GetPageAsync(documentId, SegmentFilter.None, 55, 10, CancellationToken.None);
        Assert.Equal(Enumerable.Range(56, 5), page.Rows.Select(r => r.Position));
    }
}
