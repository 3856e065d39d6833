using TranslationReview.Data.Tests.Infrastructure;

namespace TranslationReview.Data.Tests;

public class ComparisonStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task GetSegmentAsync_EditedTwice_VersionsOldestFirstThenCurrent()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ComparisonStore(database.Contexts);
        var (_, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("Анналена Бербок прибула до Києва.", "Annalena Berbock arrived in Kiev.")));
        var id = rows[0].Id;
        await database.Segments.UpdateTargetAsync(id, "Annalena Baerbock arrived in Kiev.", "olena", None);
        await database.Segments.UpdateTargetAsync(id, "Annalena Baerbock arrived in Kyiv.", "ivan", None);

        var segment = await store.GetSegmentAsync(id, None);

        Assert.NotNull(segment);
        Assert.Equal(["Annalena Berbock arrived in Kiev.", "Annalena Baerbock arrived in Kiev.", "Annalena Baerbock arrived in Kyiv."], segment.Texts());
        Assert.Equal(["Imported", "Edit by olena"], segment.Versions.Select(v => v.Label));
        Assert.Equal(("Edit by ivan", TargetOrigin.HumanEdit, "ivan"), (segment.Current!.Label, segment.Current.Origin, segment.Current.Author));
        Assert.Equal("Annalena Berbock arrived in Kiev.", segment.BaseText("imported"));
        Assert.Equal("Annalena Baerbock arrived in Kiev.", segment.LastDraftByOther()!.Text);
    }

    [Theory]
    [InlineData("Imported", "The FRG supports Kiev.")]
    [InlineData("imported", "The FRG supports Kiev.")]
    [InlineData("original", "The FRG supports Kiev.")]
    [InlineData("human", "Germany supports Kiev.")]
    [InlineData("Edit by olena", "Germany supports Kiev.")]
    [InlineData("MT engine B", null)]
    public async Task BaseText_LabelOrOrigin_FindsTheOldestMatchingVersion(string since, string? expected)
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ComparisonStore(database.Contexts);
        var (_, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("ФРН підтримує Київ.", "The FRG supports Kiev.")));
        await database.Segments.UpdateTargetAsync(rows[0].Id, "Germany supports Kiev.", "olena", None);
        await database.Segments.UpdateTargetAsync(rows[0].Id, "Germany supports Kyiv.", "ivan", None);

        var segment = await store.GetSegmentAsync(rows[0].Id, None);

        Assert.Equal(expected, segment!.BaseText(since));
    }

    [Theory]
    [InlineData("original", "The FRG supports Kiev.")]
    [InlineData("mt", null)]
    [InlineData("MT engine B", "Germany backs Kyiv.")]
    [InlineData("Human revision", "Germany supports Kyiv.")]
    public async Task BaseText_AlternativesBesideAnEditedTarget_OriginsFollowTheTargetsOwnHistoryLabelsFindAlternatives(string since, string? expected)
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ComparisonStore(database.Contexts);
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("ФРН підтримує Київ.", "The FRG supports Kiev.")));
        await database.Alternatives.AddFromTextAsync(documentId, ["Germany backs Kyiv."], new("MT engine B", TargetOrigin.MachineTranslation), false, null, None);
        await database.Alternatives.AddFromTextAsync(documentId, ["Germany supports Kyiv."], new("Human revision", TargetOrigin.HumanEdit), false, null, None);
        await database.Segments.UpdateTargetAsync(rows[0].Id, "Germany supports Kiev.", "olena", None);

        var segment = await store.GetSegmentAsync(rows[0].Id, None);

        Assert.Equal([true, true, false], segment!.Versions.Select(v => v.IsAlternative));
        Assert.Equal(expected, segment.BaseText(since));
        // Nobody but olena drafted this target: the human revision beside it is not a draft.
        Assert.Null(segment.LastDraftByOther());
    }

    [Fact]
    public async Task BaseText_UneditedSegment_IsItsOwnBase()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ComparisonStore(database.Contexts);
        var (documentId, _) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("Харків.", "Kharkiv.")));

        var segment = Assert.Single(await store.GetDocumentAsync(documentId, None));

        Assert.Equal("Kharkiv.", segment.BaseText("imported"));
        Assert.Empty(segment.Versions);
    }

    [Fact]
    public async Task GetDocumentAsync_SeveralSegments_EachWithItsOwnVersionsInPositionOrder()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ComparisonStore(database.Contexts);
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(
            ("Київ.", "Kiev."), ("Харків.", "Kharkov."), ("Одеса.", null)));
        await database.Segments.UpdateTargetAsync(rows[1].Id, "Kharkiv.", "olena", None);

        var segments = await store.GetDocumentAsync(documentId, None);

        Assert.Equal([1, 2, 3], segments.Select(s => s.Position));
        Assert.Equal([["Kiev."], ["Kharkov.", "Kharkiv."], []], segments.Select(s => s.Texts()));
        Assert.Null(segments[2].Current);
    }

    [Fact]
    public async Task GetTouchedSinceAsync_AfterAnEdit_ReturnsOnlyThatSegment()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ComparisonStore(database.Contexts);
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("Київ.", "Kiev."), ("Харків.", "Kharkov.")));
        var before = await store.GetStampAsync(documentId, None);

        await database.Segments.UpdateTargetAsync(rows[1].Id, "Kharkiv.", "olena", None);
        var after = await store.GetStampAsync(documentId, None);

        Assert.NotEqual(before, after);
        Assert.Equal((2, 0, 1), (after.SegmentCount, before.VersionCount, after.VersionCount));
        Assert.Equal([rows[1].Id], await store.GetTouchedSinceAsync(documentId, before, None));
        Assert.Empty(await store.GetTouchedSinceAsync(documentId, after, None));
    }

    [Fact]
    public async Task GetRowsAsync_KeysInAnyOrder_RowsInThatOrder()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ComparisonStore(database.Contexts);
        var (_, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("Київ.", "Kiev."), ("Харків.", "Kharkov."), ("Одеса.", "Odessa.")));

        var found = await store.GetRowsAsync([rows[2].Id, rows[0].Id, 987_654], None);

        Assert.Equal(["Odessa.", "Kiev."], found.Select(r => r.Target));
    }

    [Fact]
    public async Task GetMatchingIdsAsync_TextFilter_MatchesSourceOrTarget()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = new ComparisonStore(database.Contexts);
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(("Київ.", "Kiev."), ("Харків.", "Kharkov.")));

        var matching = await store.GetMatchingIdsAsync(documentId, new SegmentFilter(Text: "kharkov"), None);

        Assert.Equal([rows[1].Id], matching);
    }
}
