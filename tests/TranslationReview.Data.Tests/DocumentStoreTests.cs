using Microsoft.EntityFrameworkCore;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats.PlainText;
using TranslationReview.Data.Tests.Infrastructure;

namespace TranslationReview.Data.Tests;

public class DocumentStoreTests
{
    [Fact]
    public async Task ImportAsync_KharkivTextPair_StoresEverySegmentInOrderWithConfidence()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("Kharkiv", "uk", "en", CancellationToken.None);
        var document = await SampleDocuments.KharkivAsync();
        var progress = new List<int>();

        var documentId = await database.Documents.ImportAsync(projectId, document, "txt", new SynchronousProgress(progress), CancellationToken.None);

        var summary = await database.Documents.GetAsync(documentId, CancellationToken.None);
        Assert.NotNull(summary);
        Assert.Equal("source.uk.txt", summary.Name);
        Assert.Equal(document.Segments.Count, summary.SegmentCount);
        Assert.Equal(document.Segments.Count, summary.CountsByState.Values.Sum());
        Assert.Equal(document.Segments.Count, progress[^1]);
        Assert.Equal(1, (await database.Projects.GetAsync(projectId, CancellationToken.None))!.DocumentCount);

        var page = await database.Segments.GetPageAsync(documentId, SegmentFilter.None, 0, document.Segments.Count, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, document.Segments.Count), page.Rows.Select(r => r.Position));
        Assert.Equal(document.Segments.Select(s => s.Source.PlainText), page.Rows.Select(r => r.Source));
        Assert.Equal(document.Segments.Select(s => s.Target?.PlainText), page.Rows.Select(r => r.Target));
        Assert.All(page.Rows, row => Assert.InRange(row.AlignmentConfidence!.Value, 0, 1));
        Assert.Equal(
            document.Segments.Count(s => double.Parse(s.Properties[TextPairImporter.AlignmentConfidenceProperty], System.Globalization.CultureInfo.InvariantCulture) < SegmentFilter.LowConfidenceThreshold),
            summary.LowConfidenceCount);
    }

    [Fact]
    public async Task ExportAsync_KharkivTextPair_GivesTheImportedDocumentBack()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("Kharkiv", "uk", "en", CancellationToken.None);
        var document = await SampleDocuments.KharkivAsync();
        var documentId = await database.Documents.ImportAsync(projectId, document, "txt", null, CancellationToken.None);

        var exported = await database.Documents.ExportAsync(documentId, CancellationToken.None);

        Assert.Equal(await SampleDocuments.WriteAsync(document, "tsv"), await SampleDocuments.WriteAsync(exported, "tsv"));
        Assert.Equal(await SampleDocuments.WriteAsync(document, "xliff"), await SampleDocuments.WriteAsync(exported, "xliff"));
        Assert.Equal(document.Segments.Select(s => s.Properties[ParagraphProperty.Name]), exported.Segments.Select(s => s.Properties[ParagraphProperty.Name]));
    }

    [Theory]
    [InlineData("everything-core.xlf")]
    [InlineData("withReorderedCodes.xlf")]
    [InlineData("withNotes_complex.xlf")]
    [InlineData("withMatches.xlf")]
    [InlineData("withGlossary.xlf")]
    [InlineData("allExtensions.xlf")]
    [InlineData("withModulesAttributesInEc.xlf")]
    public async Task ExportAsync_Xliff2File_WritesTheSameXliffAsTheFileRead(string fileName)
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("Suite", "en", "fr", CancellationToken.None);
        var document = await SampleDocuments.Xliff2Async(fileName);
        var documentId = await database.Documents.ImportAsync(projectId, document, "xliff", null, CancellationToken.None);

        var exported = await database.Documents.ExportAsync(documentId, CancellationToken.None);

        // A file without trgLang comes back in the project's target language, which the reviewers translate into.
        var expected = document with { TargetLanguage = document.TargetLanguage ?? "fr" };
        Assert.Equal(await SampleDocuments.WriteAsync(expected, "xliff"), await SampleDocuments.WriteAsync(exported, "xliff"));
        Assert.Equal(document.Segments.Select(s => s.Source), exported.Segments.Select(s => s.Source));
        Assert.Equal(document.Segments.Select(s => s.Target), exported.Segments.Select(s => s.Target));
    }

    [Theory]
    [InlineData("xliff-1.2", "segmented.xlf", "xliff12")]
    [InlineData("xliff-1.2", "alttrans.xlf", "xliff12")]
    [InlineData("xliff-1.2", "SF-12-Test01.xlf", "xliff12")]
    [InlineData("xliff-1.2", "lqiTest.xlf", "xliff12")]
    [InlineData("tmx", "sample14b.tmx", "tmx")]
    [InlineData("tmx", "ImportTest2A.tmx", "tmx")]
    public async Task ExportAsync_OkapiFile_WritesTheSameFileAsTheFileRead(string folder, string fileName, string format)
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("Okapi", "en", "fr", CancellationToken.None);
        var document = await SampleDocuments.LoadAsync(TestData.PathOf("okapi", folder, fileName));
        var documentId = await database.Documents.ImportAsync(projectId, document, format, null, CancellationToken.None);

        var exported = await database.Documents.ExportAsync(documentId, CancellationToken.None);

        var expected = document with { TargetLanguage = document.TargetLanguage ?? "fr" };
        Assert.Equal(await SampleDocuments.WriteAsync(expected, format), await SampleDocuments.WriteAsync(exported, format));
    }

    [Fact]
    public async Task ImportAsync_XliffWithInlineCodes_MarksRowsWithCodes()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("Suite", "en", "fr", CancellationToken.None);
        var document = await SampleDocuments.Xliff2Async("everything-core.xlf");
        Assert.Contains(document.Segments, s => s.Source.HasCodes);

        var documentId = await database.Documents.ImportAsync(projectId, document, "xliff", null, CancellationToken.None);

        var rows = (await database.Segments.GetPageAsync(documentId, SegmentFilter.None, 0, 1000, CancellationToken.None)).Rows;
        Assert.Equal(document.Segments.Select(s => s.Source.HasCodes || s.Target?.HasCodes == true), rows.Select(r => r.HasInlineCodes));
    }

    [Fact]
    public async Task ImportAsync_CancelledAfterFirstBatch_LeavesProjectUnchanged()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("Kharkiv", "uk", "en", CancellationToken.None);
        using var cancellation = new CancellationTokenSource();
        var saved = new List<int>();
        var progress = new SynchronousProgress(saved, _ => cancellation.Cancel());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            database.Documents.ImportAsync(projectId, SampleDocuments.Numbered(3500), "txt", progress, cancellation.Token));

        Assert.Equal([1000], saved);
        await AssertProjectIsEmptyAsync(database, projectId);
    }

    [Fact]
    public async Task ImportAsync_SegmentViolatingAConstraintMidway_LeavesProjectUnchanged()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("Kharkiv", "uk", "en", CancellationToken.None);
        var segments = SampleDocuments.Numbered(2500).Segments.ToList();

        // A reader bug that slips a segment without id through: the NOT NULL constraint refuses it in the third batch.
        segments[2100] = segments[2100] with { Id = null! };
        var document = new BilingualDocument("broken.xlf", "uk", "en", segments);

        await Assert.ThrowsAsync<DbUpdateException>(() =>
            database.Documents.ImportAsync(projectId, document, "xliff", null, CancellationToken.None));

        await AssertProjectIsEmptyAsync(database, projectId);
    }

    [Fact]
    public async Task ImportAsync_MissingProject_ThrowsNotFound()
    {
        await using var database = await TestDatabase.CreateAsync();

        await Assert.ThrowsAsync<ReviewNotFoundException>(() =>
            database.Documents.ImportAsync(7, SampleDocuments.Numbered(3), "txt", null, CancellationToken.None));
    }

    [Fact]
    public async Task ImportAsync_DocumentWithoutSegments_ThrowsValidation()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("Kharkiv", "uk", "en", CancellationToken.None);

        var error = await Assert.ThrowsAsync<ReviewValidationException>(() =>
            database.Documents.ImportAsync(projectId, new BilingualDocument("empty.xlf", "uk", "en", []), "xliff", null, CancellationToken.None));

        Assert.Contains("empty.xlf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_TwoDocuments_CountsStatesAndLowConfidencePerDocument()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("Kharkiv", "uk", "en", CancellationToken.None);
        var first = await database.Documents.ImportAsync(projectId, SampleDocuments.Numbered(40, "a.txt"), "txt", null, CancellationToken.None);
        await database.Documents.ImportAsync(projectId, SampleDocuments.Numbered(15, "b.txt"), "txt", null, CancellationToken.None);
        var firstRow = (await database.Segments.GetPageAsync(first, SegmentFilter.None, 0, 1, CancellationToken.None)).Rows[0];
        await database.Segments.SetStateAsync(firstRow.Id, SegmentState.Approved, "olena", CancellationToken.None);

        var documents = await database.Documents.ListAsync(projectId, CancellationToken.None);

        Assert.Equal(["a.txt", "b.txt"], documents.Select(d => d.Name));
        Assert.Equal(39, documents[0].CountsByState[SegmentState.Translated]);
        Assert.Equal(1, documents[0].CountsByState[SegmentState.Approved]);
        Assert.Equal(0, documents[0].CountsByState[SegmentState.Rejected]);
        Assert.Equal(4, documents[0].LowConfidenceCount);
        Assert.Equal(15, documents[1].CountsByState[SegmentState.Translated]);
        Assert.Equal(1, documents[1].LowConfidenceCount);
    }

    [Fact]
    public async Task DeleteAsync_Document_RemovesItsSegmentsOnly()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("Kharkiv", "uk", "en", CancellationToken.None);
        var doomed = await database.Documents.ImportAsync(projectId, SampleDocuments.Numbered(20, "a.txt"), "txt", null, CancellationToken.None);
        var kept = await database.Documents.ImportAsync(projectId, SampleDocuments.Numbered(10, "b.txt"), "txt", null, CancellationToken.None);

        await database.Documents.DeleteAsync(doomed, CancellationToken.None);

        Assert.Null(await database.Documents.GetAsync(doomed, CancellationToken.None));
        Assert.Equal(10, (await database.Documents.GetAsync(kept, CancellationToken.None))!.SegmentCount);
        await using var db = database.NewContext();
        Assert.Equal(10, await db.Segments.CountAsync());
    }

    [Fact]
    public async Task ExportAsync_MissingDocument_ThrowsNotFound()
    {
        await using var database = await TestDatabase.CreateAsync();

        await Assert.ThrowsAsync<ReviewNotFoundException>(() => database.Documents.ExportAsync(3, CancellationToken.None));
        await Assert.ThrowsAsync<ReviewNotFoundException>(() => database.Documents.DeleteAsync(3, CancellationToken.None));
    }

    private static async Task AssertProjectIsEmptyAsync(TestDatabase database, int projectId)
    {
        Assert.Empty(await database.Documents.ListAsync(projectId, CancellationToken.None));
        Assert.Equal(0, (await database.Projects.GetAsync(projectId, CancellationToken.None))!.DocumentCount);
        await using var db = database.NewContext();
        Assert.Equal(0, await db.Documents.CountAsync());
        Assert.Equal(0, await db.Segments.CountAsync());
    }
}
