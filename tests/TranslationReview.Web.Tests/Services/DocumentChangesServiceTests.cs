using TranslationReview.Web.Services;

namespace TranslationReview.Web.Tests.Services;

public sealed class DocumentChangesServiceTests
{
    [Fact]
    public async Task BuildAsync_SinceImport_ListsChangedSegmentsWithDocumentFigures()
    {
        await using var database = await ComparisonDatabase.CreateAsync(
            ("Бербок прибыла в Киев.", "Berbock arrived in Kiev."),
            ("Переговоры продолжаются.", "Talks continue."),
            ("ФРГ поддерживает Украину.", "The FRG supports Ukraine."));
        await database.EditAsync(0, "olena", "Baerbock arrived in Kyiv.");
        await database.EditAsync(2, "olena", "Germany supports Ukraine.");
        var service = new DocumentChangesService(database.Store);

        var changes = await service.BuildAsync(database.DocumentId, null, CancellationToken.None);

        Assert.Equal([1, 3], changes.Changed.Select(c => c.Position));
        Assert.Equal(("Berbock arrived in Kiev.", "Baerbock arrived in Kyiv."), (changes.Changed[0].BaseText, changes.Changed[0].CurrentText));
        Assert.Equal((3, 2, 1), (changes.Effort.Segments, changes.Effort.Changed, changes.Effort.Unchanged));
        Assert.Equal(10, changes.Effort.BaseWords);
        Assert.Equal(6, changes.Effort.SurvivedWords);

        // TER with the current targets as references: 2 + 0 + 2 edits over 4 + 2 + 3 reference words.
        Assert.Equal(100.0 * 4 / 9, changes.Ter, 6);
        Assert.InRange(changes.ChrF, 60, 90);
        Assert.InRange(changes.EditSimilarity, 60, 90);
        Assert.Equal(0, changes.WithoutBase);
    }

    [Fact]
    public async Task BuildAsync_LabelNoSegmentHas_NothingComparedAndAllWithoutBase()
    {
        await using var database = await ComparisonDatabase.CreateAsync(("Переговоры продолжаются.", "Talks continue."));
        var service = new DocumentChangesService(database.Store);

        var changes = await service.BuildAsync(database.DocumentId, "MT engine B", CancellationToken.None);

        Assert.Equal("MT engine B", changes.Since);
        Assert.Empty(changes.Changed);
        Assert.Equal((0, 1), (changes.Effort.Segments, changes.WithoutBase));
    }

    [Fact]
    public void Diff_ChangedSegment_HasLetterDetailOnTheCorrectedName()
    {
        var diff = DocumentChangesService.Diff(new ChangedSegment(1, 1, "Бербок", "Berbock arrived.", "Baerbock arrived."));

        var insert = Assert.Single(diff.Spans, s => s.Kind == Core.Diffing.DiffOperation.Insert);
        Assert.Equal("a", Assert.Single(insert.CharacterDetail!, d => d.Kind == Core.Diffing.DiffOperation.Insert).Text);
    }
}
