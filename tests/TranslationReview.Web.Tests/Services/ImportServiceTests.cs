using Microsoft.Extensions.DependencyInjection;
using TranslationReview.Core.Formats;
using TranslationReview.Data;
using TranslationReview.Web.Services;
using TranslationReview.Web.Tests.Hosting;

namespace TranslationReview.Web.Tests.Services;

public sealed class ImportServiceTests
{
    private const string BrokenXliff =
        "<?xml version=\"1.0\"?>\n<xliff version=\"2.1\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"ru\">\n" +
        "<file id=\"f1\"><unit id=\"u1\"><segment><source>Привет</source></segment>\n</file></xliff>\n";

    [Fact]
    public async Task ImportBilingual_BrokenXliff_ReportsFileLineColumnAndLeavesProjectUnchanged()
    {
        using var factory = new WorkbenchFactory(new Dictionary<string, string?> { ["TranslationReview:ImportSamplesOnEmptyDatabase"] = "false" });
        await using var scope = factory.Services.CreateAsyncScope();
        var projects = scope.ServiceProvider.GetRequiredService<ProjectService>();
        var projectId = await projects.CreateAsync("Broken files (ru → en)", "ru", "en", CancellationToken.None);

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() =>
            scope.ServiceProvider.GetRequiredService<ImportService>().ImportBilingualAsync(projectId, Text("broken.xlf", BrokenXliff), null, CancellationToken.None));

        Assert.StartsWith("broken.xlf:4:", error.Message, StringComparison.Ordinal);
        Assert.Empty(await projects.ListDocumentsAsync(projectId, CancellationToken.None));
    }

    [Fact]
    public async Task ImportTextPair_KharkivSample_AlignsAndReportsEveryStageInOrder()
    {
        using var factory = new WorkbenchFactory(new Dictionary<string, string?> { ["TranslationReview:ImportSamplesOnEmptyDatabase"] = "false" });
        await using var scope = factory.Services.CreateAsyncScope();
        var projects = scope.ServiceProvider.GetRequiredService<ProjectService>();
        var projectId = await projects.CreateAsync("Kharkiv (uk → en)", "uk", "en", CancellationToken.None);
        // Saving reports arrive from the thread pool: collect them safely.
        var stages = new System.Collections.Concurrent.ConcurrentQueue<ImportStage>();

        var documentId = await scope.ServiceProvider.GetRequiredService<ImportService>().ImportTextPairAsync(projectId,
            Disk(TestData.ProjectPath("samples", "kharkiv-uk-en", "source.uk.txt")),
            Disk(TestData.ProjectPath("samples", "kharkiv-uk-en", "target.en.txt")),
            new SynchronousProgress(p => stages.Enqueue(p.Stage)), CancellationToken.None);
        var document = await projects.GetDocumentAsync(documentId, CancellationToken.None);

        Assert.Equal([ImportStage.Uploading, ImportStage.Aligning, ImportStage.Saving, ImportStage.Done], stages.Distinct());
        Assert.Equal("source.uk.txt", document?.Name);
        Assert.True(document?.SegmentCount > 10);
    }

    [Fact]
    public async Task ImportBilingual_LargerThanTheLimit_RefusesBeforeReading()
    {
        using var factory = new WorkbenchFactory(new Dictionary<string, string?>
        {
            ["TranslationReview:ImportSamplesOnEmptyDatabase"] = "false",
            ["TranslationReview:MaxUploadMegabytes"] = "1",
        });
        await using var scope = factory.Services.CreateAsyncScope();
        var projectId = await scope.ServiceProvider.GetRequiredService<ProjectService>().CreateAsync("Limits (de → en)", "de", "en", CancellationToken.None);
        var huge = new UploadedFile("huge.tsv", 3L * 1024 * 1024, () => throw new InvalidOperationException("must not be opened"));

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() =>
            scope.ServiceProvider.GetRequiredService<ImportService>().ImportBilingualAsync(projectId, huge, null, CancellationToken.None));

        Assert.Contains("the limit is 1 MB", error.Message, StringComparison.Ordinal);
    }

    private static UploadedFile Text(string name, string content)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(content);
        return new UploadedFile(name, bytes.Length, () => new MemoryStream(bytes));
    }

    private static UploadedFile Disk(string path) => new(Path.GetFileName(path), new FileInfo(path).Length, () => File.OpenRead(path));

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
