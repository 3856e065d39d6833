using TranslationReview.Core.Checks;
using TranslationReview.Data.Flags;
using TranslationReview.Data.Tests.Infrastructure;

namespace TranslationReview.Data.Tests.Flags;

public class FlagAnchoringTests
{
    [Fact]
    public async Task MergeWithNextAsync_FlagOnTheMergedSegment_MovesToTheSurvivorOnTheSameWord()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await FlagStoreTests.ImportAsync(database);
        const string target = "President Vladimir Zelensky arrived in Kiev.";
        await database.Flags.AddManualAsync(rows[1].Id, FlagStoreTests.NameFlag(target, "Kiev"), "olena", CancellationToken.None);

        var merged = await database.Segments.MergeWithNextAsync(rows[0].Id, "ivan", CancellationToken.None);

        var flag = Assert.Single(await database.Flags.ListAsync(documentId, FlagFilter.None, CancellationToken.None));
        Assert.Equal(merged.Id, flag.SegmentId);
        Assert.Equal(1, flag.SegmentPosition);
        Assert.Equal("Kiev", merged.Target!.Substring(flag.Target!.Start, flag.Target.Length));
    }

    [Fact]
    public async Task SplitAsync_FlagAfterTheCut_GoesToTheSecondPart()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(
            ("Зеленский прибыл. Потом в Киев.", "Zelensky arrived. Then to Kiev.")));
        const string target = "Zelensky arrived. Then to Kiev.";
        await database.Flags.AddManualAsync(rows[0].Id, FlagStoreTests.NameFlag(target, "Kiev"), "olena", CancellationToken.None);
        await database.Flags.AddManualAsync(rows[0].Id, FlagStoreTests.NameFlag(target, "Zelensky"), "olena", CancellationToken.None);

        var parts = await database.Segments.SplitAsync(rows[0].Id, 17, 17, "ivan", CancellationToken.None);

        var flags = await database.Flags.ListAsync(documentId, FlagFilter.None, CancellationToken.None);
        Assert.Equal([(1, "Zelensky"), (2, "Kiev")], flags.Select(f => (f.SegmentPosition, f.Target!.Text)));
        Assert.Equal("Kiev", parts[1].Target!.Substring(flags[1].Target!.Start, flags[1].Target!.Length));
    }

    [Fact]
    public async Task MoveTargetSentenceAsync_FlaggedSentenceMovedToNext_TheFlagGoesWithIt()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(
            ("Зеленский прибыл.", "Zelensky arrived. He visited Kharkov."),
            ("Он посетил Харьков.", "Then he left.")));
        const string target = "Zelensky arrived. He visited Kharkov.";
        await database.Flags.AddManualAsync(rows[0].Id, FlagStoreTests.NameFlag(target, "Kharkov"), "olena", CancellationToken.None);

        var moved = await database.Segments.MoveTargetSentenceAsync(rows[0].Id, MoveDirection.ToNext, "ivan", CancellationToken.None);

        var flag = Assert.Single(await database.Flags.ListAsync(documentId, FlagFilter.None, CancellationToken.None));
        Assert.Equal(2, flag.SegmentPosition);
        Assert.Equal("Kharkov", moved[1].Target!.Substring(flag.Target!.Start, flag.Target.Length));
    }

    [Theory]
    [InlineData("He visited Kharkov and Kharkov again.", 11, 0, 11)]
    [InlineData("Kharkov, he said, and Kharkov again.", 22, 0, 22)]
    [InlineData("Kharkov, he said, and Kharkov again.", 3, 0, 0)]
    public void Anchor_TextMoved_FindsTheNearestOccurrence(string text, int start, int shift, int expected)
    {
        var anchored = FlagAnchoring.Anchor(text, new TextSpan(start, 7, "Kharkov"), shift);

        Assert.Equal(expected, anchored?.Start);
    }

    [Fact]
    public void Anchor_TextGone_DropsTheSide() =>
        Assert.Null(FlagAnchoring.Anchor("He visited Kharkiv.", new TextSpan(11, 7, "Kharkov"), 0));
}
