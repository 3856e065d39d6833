using Microsoft.EntityFrameworkCore;
using TranslationReview.Core.Documents;
using TranslationReview.Data.Tests.Infrastructure;

namespace TranslationReview.Data.Tests;

public class SegmentStoreEditingTests
{
    [Fact]
    public async Task UpdateTargetAsync_NewSegment_PersistsAndBecomesTranslated()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("Місто відновлює бібліотеку.", null)));

        var updated = await database.Segments.UpdateTargetAsync(rows[0].Id, "The city is restoring the library.", "olena", CancellationToken.None);

        Assert.Equal(SegmentState.Translated, updated.State);
        await using var db = database.NewContext();
        var stored = await db.Segments.SingleAsync(s => s.Id == rows[0].Id);
        Assert.Equal("The city is restoring the library.", stored.TargetText);
        Assert.Equal(SegmentState.Translated, stored.State);
        Assert.Equal("olena", stored.UpdatedBy);
        var exported = await database.Documents.ExportAsync(documentId, CancellationToken.None);
        Assert.Equal("The city is restoring the library.", exported.Segments[0].Target!.PlainText);
    }

    [Fact]
    public async Task UpdateTargetAsync_ApprovedSegment_KeepsItsState()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("Решту профінансують із бюджету.", "The rest comes from the budget.")));
        await database.Segments.SetStateAsync(rows[0].Id, SegmentState.Approved, "olena", CancellationToken.None);

        var updated = await database.Segments.UpdateTargetAsync(rows[0].Id, "The rest will be financed from the budget.", "ivan", CancellationToken.None);

        Assert.Equal(SegmentState.Approved, updated.State);
        Assert.Equal("ivan", (await database.Segments.GetAsync(rows[0].Id, CancellationToken.None))!.UpdatedBy);
    }

    [Fact]
    public async Task UpdateTargetAsync_BlankTarget_RemovesTheTranslationAndMakesItNew()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("Решту профінансують із бюджету.", "The rest comes from the budget.")));

        var updated = await database.Segments.UpdateTargetAsync(rows[0].Id, "  ", "olena", CancellationToken.None);

        Assert.Null(updated.Target);
        Assert.Equal(SegmentState.New, updated.State);
        Assert.Null((await database.Documents.ExportAsync(documentId, CancellationToken.None)).Segments[0].Target);
    }

    [Fact]
    public async Task UpdateTargetAsync_TargetWithInlineCodes_DropsTheTargetCodes()
    {
        await using var database = await TestDatabase.CreateAsync();
        var bold = new Dictionary<string, string> { ["type"] = "fmt" };
        var target = new SegmentContent([
            new TextRun("Click "),
            new InlineCode(InlineCodeKind.Opening, "1", "pc", bold),
            new TextRun("Save"),
            new InlineCode(InlineCodeKind.Closing, "1", "pc", InlineCode.NoAttributes),
        ]);
        var document = new BilingualDocument("ui.xlf", "uk", "en",
            [new Segment("s1", SegmentContent.FromText("Натисніть Зберегти"), target, SegmentState.Translated)]);
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, document);
        Assert.True(rows[0].HasInlineCodes);

        var updated = await database.Segments.UpdateTargetAsync(rows[0].Id, "Press Save", "olena", CancellationToken.None);

        Assert.False(updated.HasInlineCodes);
        var exported = await database.Documents.ExportAsync(documentId, CancellationToken.None);
        Assert.Equal(SegmentContent.FromText("Press Save"), exported.Segments[0].Target);
    }

    [Fact]
    public async Task SetStateAsync_Rejected_PersistsAcrossContexts()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("Один.", "One."), ("Два.", "Two.")));

        await database.Segments.SetStateAsync(rows[1].Id, SegmentState.Rejected, "olena", CancellationToken.None);

        Assert.Equal(SegmentState.Rejected, (await database.Segments.GetAsync(rows[1].Id, CancellationToken.None))!.State);
        Assert.Equal(SegmentState.Translated, (await database.Segments.GetAsync(rows[0].Id, CancellationToken.None))!.State);
        var summary = await database.Documents.GetAsync(documentId, CancellationToken.None);
        Assert.Equal(1, summary!.CountsByState[SegmentState.Rejected]);
    }

    [Fact]
    public async Task SetStateAsync_UndefinedState_ThrowsValidation()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("Один.", "One.")));

        await Assert.ThrowsAsync<ReviewValidationException>(() =>
            database.Segments.SetStateAsync(rows[0].Id, (SegmentState)42, "olena", CancellationToken.None));
    }

    [Fact]
    public async Task Edits_MissingSegment_ThrowNotFound()
    {
        await using var database = await TestDatabase.CreateAsync();

        await Assert.ThrowsAsync<ReviewNotFoundException>(() => database.Segments.UpdateTargetAsync(999, "x", "olena", CancellationToken.None));
        await Assert.ThrowsAsync<ReviewNotFoundException>(() => database.Segments.SetStateAsync(999, SegmentState.Approved, "olena", CancellationToken.None));
        await Assert.ThrowsAsync<ReviewNotFoundException>(() => database.Segments.MergeWithNextAsync(999, "olena", CancellationToken.None));
        await Assert.ThrowsAsync<ReviewNotFoundException>(() => database.Segments.SplitAsync(999, 1, 0, "olena", CancellationToken.None));
        await Assert.ThrowsAsync<ReviewNotFoundException>(() => database.Segments.MoveTargetSentenceAsync(999, MoveDirection.ToNext, "olena", CancellationToken.None));
    }
}
