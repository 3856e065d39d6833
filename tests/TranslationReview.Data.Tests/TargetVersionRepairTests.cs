using TranslationReview.Data.Tests.Infrastructure;

namespace TranslationReview.Data.Tests;

public class TargetVersionRepairTests
{
    [Fact]
    public async Task MergeWithNextAsync_BothTargetsAndEarlierVersions_KeptOnTheMergedSegment()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(
            ("Міська рада оголосила старт.", "The council announced the start."),
            ("Ідеться про ремонт бібліотеки.", "It concerns the library.")));
        await database.Segments.UpdateTargetAsync(rows[1].Id, "It concerns the library repair.", "olena", CancellationToken.None);

        var merged = await database.Segments.MergeWithNextAsync(rows[0].Id, "ivan", CancellationToken.None);

        var texts = (await database.TargetVersions.GetVersionsAsync(merged.Id, CancellationToken.None)).Select(v => v.Text).ToList();
        Assert.Equal(3, texts.Count);
        Assert.Contains("The council announced the start.", texts);
        Assert.Contains("It concerns the library repair.", texts);
        Assert.Contains("It concerns the library.", texts);
    }

    [Fact]
    public async Task SplitAsync_TargetSplit_KeepsTheWholeTargetAsAVersionOfTheFirstPart()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(
            ("Ідеться про ремонт. Трамвай теж.", "It concerns the repair. The tram too.")));

        var parts = await database.Segments.SplitAsync(rows[0].Id, 19, 23, "olena", CancellationToken.None);

        Assert.Equal("It concerns the repair. The tram too.", Assert.Single(await database.TargetVersions.GetVersionsAsync(parts[0].Id, CancellationToken.None)).Text);
        Assert.Empty(await database.TargetVersions.GetVersionsAsync(parts[1].Id, CancellationToken.None));
    }

    [Fact]
    public async Task MoveTargetSentenceAsync_ToNext_KeepsBothOldTargets()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(
            ("Ідеться про ремонт бібліотеки.", "It concerns the library repair. The tram line is next."),
            ("Трамвайна лінія теж.", "Too.")));

        await database.Segments.MoveTargetSentenceAsync(rows[0].Id, MoveDirection.ToNext, "olena", CancellationToken.None);

        Assert.Equal("It concerns the library repair. The tram line is next.",
            Assert.Single(await database.TargetVersions.GetVersionsAsync(rows[0].Id, CancellationToken.None)).Text);
        Assert.Equal("Too.", Assert.Single(await database.TargetVersions.GetVersionsAsync(rows[1].Id, CancellationToken.None)).Text);
    }
}
