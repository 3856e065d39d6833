using System.Globalization;
using TranslationReview.Core.Documents;
using TranslationReview.Data.Tests.Infrastructure;

namespace TranslationReview.Data.Tests;

public class SegmentStorePagingTests
{
    [Fact]
    public async Task GetPageAsync_MiddleOfDocument_ReturnsThatPageInPositionOrder()
    {
        await using var database = await TestDatabase.CreateAsync();
        var documentId = await ImportNumberedAsync(database, 120);

        var page = await database.Segments.GetPageAsync(documentId, SegmentFilter.None, 50, 20, CancellationToken.None);

        Assert.Equal(120, page.TotalCount);
        Assert.Equal(Enumerable.Range(51, 20), page.Rows.Select(r => r.Position));
        Assert.Equal("Речення номер 51: Київ і Харків.", page.Rows[0].Source);
        Assert.Equal("Sentence number 51: Kyiv and Kharkiv.", page.Rows[0].Target);
    }

    [Fact]
    public async Task GetPageAsync_PastTheEnd_ReturnsNoRowsButTheTotal()
    {
        await using var database = await TestDatabase.CreateAsync();
        var documentId = await ImportNumberedAsync(database, 30);

        var last = await database.Segments.GetPageAsync(documentId, SegmentFilter.None, 25, 10, CancellationToken.None);
        var beyond = await database.Segments.GetPageAsync(documentId, SegmentFilter.None, 40, 10, CancellationToken.None);

        Assert.Equal(Enumerable.Range(26, 5), last.Rows.Select(r => r.Position));
        Assert.Empty(beyond.Rows);
        Assert.Equal(30, beyond.TotalCount);
    }

    [Fact]
    public async Task GetPageAsync_StateFilter_ReturnsOnlySegmentsInThoseStates()
    {
        await using var database = await TestDatabase.CreateAsync();
        var documentId = await ImportNumberedAsync(database, 40);
        var rows = await DocumentBuilder.RowsAsync(database, documentId);
        await database.Segments.SetStateAsync(rows[4].Id, SegmentState.Approved, "olena", CancellationToken.None);
        await database.Segments.SetStateAsync(rows[30].Id, SegmentState.Rejected, "olena", CancellationToken.None);
        await database.Segments.SetStateAsync(rows[31].Id, SegmentState.NeedsReview, "olena", CancellationToken.None);

        var filter = new SegmentFilter(new HashSet<SegmentState> { SegmentState.Approved, SegmentState.Rejected }, null, null);
        var page = await database.Segments.GetPageAsync(documentId, filter, 0, 50, CancellationToken.None);

        Assert.Equal(2, page.TotalCount);
        Assert.Equal([5, 31], page.Rows.Select(r => r.Position));
        Assert.Equal([SegmentState.Approved, SegmentState.Rejected], page.Rows.Select(r => r.State));
    }

    [Fact]
    public async Task GetPageAsync_LowConfidenceFilter_ReturnsOnlyDoubtfulBeadsPaged()
    {
        await using var database = await TestDatabase.CreateAsync();
        var documentId = await ImportNumberedAsync(database, 120);

        var page = await database.Segments.GetPageAsync(documentId, SegmentFilter.LowConfidence, 3, 4, CancellationToken.None);

        Assert.Equal(12, page.TotalCount);
        Assert.Equal([40, 50, 60, 70], page.Rows.Select(r => r.Position));
        Assert.All(page.Rows, r => Assert.Equal(0.25, r.AlignmentConfidence));
    }

    [Theory]
    [InlineData("київ")]
    [InlineData("КИЇВ")]
    [InlineData("Київ")]
    [InlineData("kyiv")]
    public async Task GetPageAsync_TextInAnyCase_FindsCyrillicAndLatinSegments(string text)
    {
        await using var database = await TestDatabase.CreateAsync();
        var documentId = await ImportNumberedAsync(database, 25);

        var page = await database.Segments.GetPageAsync(documentId, new SegmentFilter(null, null, text), 0, 10, CancellationToken.None);

        Assert.Equal(25, page.TotalCount);
        Assert.Equal(Enumerable.Range(1, 10), page.Rows.Select(r => r.Position));
    }

    [Theory]
    [InlineData("харків")]
    [InlineData("САЛТІВК")]
    [InlineData("kovalenko")]
    [InlineData("міськ")]
    public async Task GetPageAsync_TextInKharkivSample_MatchesSourceOrTargetCaseInsensitively(string text)
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("Kharkiv", "uk", "en", CancellationToken.None);
        var document = await SampleDocuments.KharkivAsync();
        var documentId = await database.Documents.ImportAsync(projectId, document, "txt", null, CancellationToken.None);
        var expected = document.Segments
            .Select((s, i) => (Position: i + 1, s.Source.PlainText, Target: s.Target?.PlainText ?? string.Empty))
            .Where(s => s.PlainText.Contains(text, StringComparison.CurrentCultureIgnoreCase) || s.Target.Contains(text, StringComparison.CurrentCultureIgnoreCase))
            .Select(s => s.Position)
            .ToList();
        Assert.NotEmpty(expected);

        var page = await database.Segments.GetPageAsync(documentId, new SegmentFilter(null, null, text), 0, 100, CancellationToken.None);

        Assert.Equal(expected, page.Rows.Select(r => r.Position));
        Assert.Equal(expected.Count, page.TotalCount);
    }

    [Theory]
    [InlineData("100%", 1)]
    [InlineData("%", 1)]
    [InlineData("_", 0)]
    public async Task GetPageAsync_TextWithWildcardCharacters_MatchesThemLiterally(string text, int expected)
    {
        await using var database = await TestDatabase.CreateAsync();
        var documentId = await ImportNumberedAsync(database, 20);
        var rows = await DocumentBuilder.RowsAsync(database, documentId);
        await database.Segments.UpdateTargetAsync(rows[6].Id, "Growth of 100% in 2020.", "olena", CancellationToken.None);

        var page = await database.Segments.GetPageAsync(documentId, new SegmentFilter(null, null, text), 0, 50, CancellationToken.None);

        Assert.Equal(expected, page.TotalCount);
    }

    [Fact]
    public async Task GetPageAsync_CombinedFilters_AllMustHold()
    {
        await using var database = await TestDatabase.CreateAsync();
        var documentId = await ImportNumberedAsync(database, 100);
        var rows = await DocumentBuilder.RowsAsync(database, documentId);
        await database.Segments.SetStateAsync(rows[19].Id, SegmentState.NeedsReview, "olena", CancellationToken.None);
        await database.Segments.SetStateAsync(rows[20].Id, SegmentState.NeedsReview, "olena", CancellationToken.None);

        var filter = new SegmentFilter(new HashSet<SegmentState> { SegmentState.NeedsReview }, SegmentFilter.LowConfidenceThreshold, "НОМЕР 20");
        var page = await database.Segments.GetPageAsync(documentId, filter, 0, 50, CancellationToken.None);

        Assert.Equal(20, Assert.Single(page.Rows).Position);
    }

    [Fact]
    public async Task GetAsync_MissingSegment_ReturnsNull()
    {
        await using var database = await TestDatabase.CreateAsync();

        Assert.Null(await database.Segments.GetAsync(12345, CancellationToken.None));
    }

    private static async Task<int> ImportNumberedAsync(TestDatabase database, int count)
    {
        var projectId = await database.Projects.CreateAsync("Numbers " + count.ToString(CultureInfo.InvariantCulture), "uk", "en", CancellationToken.None);
        return await database.Documents.ImportAsync(projectId, SampleDocuments.Numbered(count), "txt", null, CancellationToken.None);
    }
}
