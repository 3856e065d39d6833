using TranslationReview.Web.Services;

namespace TranslationReview.Web.Tests.Services;

public sealed class DisagreementIndexTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task GetAsync_SegmentsWithVersions_ScoresOnlyThoseAndRanksTheMostDisputedFirst()
    {
        await using var database = await ComparisonDatabase.CreateAsync(
            ("Столтенберг прибыл в Киев.", "Stoltenberg arrived in Kiev."),
            ("Генсек НАТО выступил.", "The NATO Secretary of State spoke."),
            ("Переговоры продолжаются.", "Talks continue."));
        await database.EditAsync(0, "olena", "Stoltenberg arrived in Kyiv.");
        await database.EditAsync(1, "olena", "The NATO Secretary General spoke.", "NATO's Secretary General gave a speech.");
        using var index = new DisagreementIndex(database.Store, database.Notifier);

        var disagreement = await index.GetAsync(database.DocumentId, None);

        Assert.Equal([database.SegmentIds[1], database.SegmentIds[0]], disagreement.Ranked);
        Assert.DoesNotContain(database.SegmentIds[2], disagreement.Scores.Keys);
        Assert.InRange(disagreement.Scores[database.SegmentIds[0]], 0.1, 0.4);
    }

    [Fact]
    public async Task GetAsync_AfterAnotherEdit_RescoresThatSegment()
    {
        await using var database = await ComparisonDatabase.CreateAsync(
            ("Столтенберг прибыл в Киев.", "Stoltenberg arrived in Kiev."),
            ("Переговоры продолжаются.", "Talks continue."));
        using var index = new DisagreementIndex(database.Store, database.Notifier);
        Assert.Empty((await index.GetAsync(database.DocumentId, None)).Scores);

        await database.EditAsync(1, "ivan", "Negotiations are going on.");
        var after = await index.GetAsync(database.DocumentId, None);

        Assert.Equal([database.SegmentIds[1]], after.Scores.Keys);
        // Only the full stop is shared: Dice 2·1 / (3 + 5) = 0.25, so the versions disagree by 0.75.
        Assert.Equal(0.75, after.Scores[database.SegmentIds[1]], 6);
    }

    [Fact]
    public async Task GetPageAsync_SortAndMinimum_PagesThroughTheRankingWithTheOtherFilters()
    {
        await using var database = await ComparisonDatabase.CreateAsync(
            ("Столтенберг прибыл в Киев.", "Stoltenberg arrived in Kiev."),
            ("Генсек НАТО выступил.", "The NATO Secretary of State spoke."),
            ("Переговоры продолжаются.", "Talks continue."),
            ("Бербок прибыла в Харьков.", "Berbock arrived in Kharkov."));
        await database.EditAsync(0, "olena", "Stoltenberg arrived in Kyiv.");
        await database.EditAsync(1, "olena", "NATO's Secretary General gave a speech.");
        await database.EditAsync(3, "olena", "Baerbock arrived in Kharkiv.");
        using var index = new DisagreementIndex(database.Store, database.Notifier);

        var sorted = await index.GetPageAsync(database.DocumentId, GridFilter.None with { Disagreement = new(SortByDisagreement: true) }, 0, 2, None);
        var disputed = await index.GetPageAsync(database.DocumentId, GridFilter.None with { Disagreement = new(MinScore: 0.5) }, 0, 10, None);
        var found = await index.GetPageAsync(database.DocumentId, GridFilter.None with { Text = "kharkiv", Disagreement = new(SortByDisagreement: true) }, 0, 10, None);

        Assert.Equal(4, sorted.TotalCount);
        Assert.Equal([2, 4], sorted.Rows.Select(r => r.Position));
        Assert.Equal([2], disputed.Rows.Select(r => r.Position));
        Assert.Equal([4], found.Rows.Select(r => r.Position));
    }
}
