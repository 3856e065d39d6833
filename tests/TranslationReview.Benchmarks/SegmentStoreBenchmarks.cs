using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TranslationReview.Core.Alignment;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.PlainText;
using TranslationReview.Core.Segmentation;
using TranslationReview.Data;

namespace TranslationReview.Benchmarks;

/// <summary>
/// The database side of a 10,000-segment document on a real SQLite file: importing it in one transaction, and
/// fetching a 50-row page from its middle (what the grid's items provider asks for while scrolling) without and
/// with a text filter. The segments repeat the Kharkiv sample, segmented and aligned by the engine.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, warmupCount: 2, iterationCount: 10)]
public class SegmentStoreBenchmarks
{
    private const int Segments = 10_000;
    private const int PageSize = 50;

    private string folder = string.Empty;
    private ServiceProvider? services;
    private BilingualDocument document = null!;
    private int projectId;
    private int documentId;
    private int importedId;
    private int textSkip;
    private readonly SegmentFilter textFilter = new(null, null, "бібліотек");

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        services?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark]
    public async Task<int> Import10000Segments()
    {
        importedId = await Store<DocumentStore>().ImportAsync(projectId, document, "txt", null, CancellationToken.None);
        return importedId;
    }

    [IterationCleanup(Target = nameof(Import10000Segments))]
    public void DeleteImported() => Store<DocumentStore>().DeleteAsync(importedId, CancellationToken.None).GetAwaiter().GetResult();

    [Benchmark]
    public async Task<int> PageFromTheMiddle() =>
        (await Store<SegmentStore>().GetPageAsync(documentId, SegmentFilter.None, (Segments / 2) - (PageSize / 2), PageSize, CancellationToken.None)).Rows.Count;

    [Benchmark]
    public async Task<int> PageFromTheMiddleWithTextFilter() =>
        (await Store<SegmentStore>().GetPageAsync(documentId, textFilter, textSkip, PageSize, CancellationToken.None)).Rows.Count;

    private T Store<T>()
        where T : notnull => services!.GetRequiredService<T>();

    private async Task SetupAsync()
    {
        folder = Path.Combine(Path.GetTempPath(), "trv-benchmarks", Guid.NewGuid().ToString("N"));
        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "review.db") }.ToString();
        services = new ServiceCollection().AddReviewData(connection).BuildServiceProvider();
        await DatabaseMigrator.MigrateAsync(services, CancellationToken.None);

        document = await TenThousandSegmentsAsync();
        projectId = await Store<ProjectStore>().CreateAsync("Benchmark", "uk", "en", CancellationToken.None);
        documentId = await Store<DocumentStore>().ImportAsync(projectId, document, "txt", null, CancellationToken.None);
        var matches = (await Store<SegmentStore>().GetPageAsync(documentId, textFilter, 0, 1, CancellationToken.None)).TotalCount;
        textSkip = Math.Max(0, (matches / 2) - (PageSize / 2));
    }

    private static async Task<BilingualDocument> TenThousandSegmentsAsync()
    {
        var root = Path.Combine(RepositoryRoot(), "samples", "kharkiv-uk-en");
        var sample = await new TextPairImporter(SrxSegmenter.Default, new SentenceAligner()).ImportAsync(
            Path.Combine(root, "source.uk.txt"), Path.Combine(root, "target.en.txt"), "uk", "en", ReadOptions.Default, CancellationToken.None);
        var segments = Enumerable.Range(0, Segments)
            .Select(i => sample.Segments[i % sample.Segments.Count] with { Id = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .ToList();
        return sample with { Segments = segments };
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TranslationReview.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TranslationReview.sln not found above " + AppContext.BaseDirectory);
    }
}
