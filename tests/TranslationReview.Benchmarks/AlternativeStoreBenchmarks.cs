using BenchmarkDotNet.Attributes;
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
/// Alternative translations of a 10,000-segment document on a real SQLite file: adding a second translation from a
/// bilingual file (matched by position, replacing the label each time), adding it as plain text (segmented and
/// aligned against the 10,000 sources), and a 50-row page of the Alternatives page from the middle.
/// </summary>
[MemoryDiagnoser]
public class AlternativeStoreBenchmarks
{
    private const int Segments = 10_000;
    private const int PageSize = 50;
    private static readonly TargetProvenance Revision = new("Human revision", TargetOrigin.HumanEdit);

    private string folder = string.Empty;
    private ServiceProvider? services;
    private BilingualDocument document = null!;
    private string[] targetSentences = [];
    private int documentId;

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
    public async Task<int> AddTranslationFromBilingualFile() =>
        (await Alternatives.AddFromDocumentAsync(documentId, document, Revision, true, null, CancellationToken.None)).Matched;

    [Benchmark]
    public async Task<int> AddTranslationFromPlainText() =>
        (await Alternatives.AddFromTextAsync(documentId, targetSentences, Revision, true, null, CancellationToken.None)).Matched;

    [Benchmark]
    public async Task<int> AlternativesPageFromTheMiddle() =>
        (await Alternatives.GetPageAsync(documentId, Revision.Label, (Segments / 2) - (PageSize / 2), PageSize, CancellationToken.None)).Rows.Count;

    private AlternativeStore Alternatives => services!.GetRequiredService<AlternativeStore>();

    private async Task SetupAsync()
    {
        folder = Path.Combine(Path.GetTempPath(), "trv-benchmarks", Guid.NewGuid().ToString("N"));
        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "review.db") }.ToString();
        services = new ServiceCollection().AddReviewData(connection).BuildServiceProvider();
        await DatabaseMigrator.MigrateAsync(services, CancellationToken.None);

        var root = Path.Combine(RepositoryRoot(), "samples", "kharkiv-uk-en");
        var sample = await new TextPairImporter(SrxSegmenter.Default, new SentenceAligner()).ImportAsync(
            Path.Combine(root, "source.uk.txt"), Path.Combine(root, "target.en.txt"), "uk", "en", ReadOptions.Default, CancellationToken.None);
        var segments = Enumerable.Range(0, Segments)
            .Select(i => sample.Segments[i % sample.Segments.Count] with { Id = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .ToList();
        document = sample with { Segments = segments };
        targetSentences = [.. segments.Where(s => s.Target is not null).Select(s => s.Target!.PlainText)];

        var projectId = await services.GetRequiredService<ProjectStore>().CreateAsync("Benchmark", "uk", "en", CancellationToken.None);
        documentId = await services.GetRequiredService<DocumentStore>().ImportAsync(projectId, document, "txt", null, CancellationToken.None);
        await Alternatives.AddFromDocumentAsync(documentId, document, Revision, true, null, CancellationToken.None);
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
