using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TranslationReview.Core.Diffing;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Metrics;
using TranslationReview.Data;

namespace TranslationReview.Benchmarks;

/// <summary>
/// What the web app does for a 10,000-segment document with three versions per segment (two engines and a revision):
/// load every segment's current target and versions from SQLite, score the N-way disagreement of every segment
/// (sequentially as in Core, and in parallel as the web app's disagreement index does), and compute the document's
/// metrics between the first engine and the revision (corpus TER, chrF, edit distance, post-edit effort).
/// The target: all of it under a second.
/// </summary>
[MemoryDiagnoser]
public class VersionComparisonBenchmarks
{
    private const int Segments = 10_000;

    private static readonly string[] Sentences =
    [
        "President {0} met {1} in {2} to discuss the application for accelerated accession.",
        "The delegation, led by {1}, arrived in {2} late in the evening and was welcomed by the mayor.",
        "«We will not accept any referendum held under occupation», {0} said after the meeting in {2}.",
        "The NATO Secretary General said that {0} and {1} would meet again in {2} next week.",
    ];

    private static readonly string[][] Names =
    [
        ["Volodymyr Zelensky", "Vladimir Zelensky", "Volodymyr Zelenskyy"],
        ["Annalena Baerbock", "Annalena Berbock", "Anna-Lena Baerbock"],
        ["Kyiv", "Kiev", "Kyiv"],
    ];

    private static readonly DisagreementAnalyzer Analyzer = new();
    private static readonly PostEditEffort Effort = new();

    private string[][] _versions = [];
    private string _folder = "";
    private ServiceProvider? _services;
    private int _documentId;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20221001);
        _versions = new string[Segments][];
        for (var i = 0; i < Segments; i++)
        {
            var sentence = Sentences[random.Next(Sentences.Length)];
            _versions[i] = new string[3];
            for (var v = 0; v < 3; v++)
            {
                string Pick(string[] names) => names[random.Next(3) == 0 ? v : 0];
                var text = string.Format(CultureInfo.InvariantCulture, sentence, Pick(Names[0]), Pick(Names[1]), Pick(Names[2]));
                _versions[i][v] = v == 1 && random.Next(5) == 0 ? text.Replace(" the ", " ", StringComparison.Ordinal) : text;
            }
        }

        SetupDatabaseAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Every segment's current target and two kept versions, read for the disagreement index and the changes page.</summary>
    [Benchmark]
    public async Task<int> LoadVersions10kx3() =>
        (await _services!.GetRequiredService<ComparisonStore>().GetDocumentAsync(_documentId, CancellationToken.None)).Count;

    /// <summary>The stamp query the index runs before every use of its cached scores.</summary>
    [Benchmark]
    public async Task<int> ChangeStamp10kx3() =>
        (await _services!.GetRequiredService<ComparisonStore>().GetStampAsync(_documentId, CancellationToken.None)).VersionCount;

    /// <summary>N-way views of all segments, one after the other, sorted by score.</summary>
    [Benchmark(Baseline = true)]
    public double NWayViews10kx3()
    {
        var scores = new double[Segments];
        for (var i = 0; i < Segments; i++)
        {
            scores[i] = Analyzer.Analyze(_versions[i]).Score;
        }

        return scores.OrderDescending().First();
    }

    /// <summary>The same scores computed in parallel, as the web app's disagreement index does.</summary>
    [Benchmark]
    public double NWayViewsParallel10kx3()
    {
        var scores = new double[Segments];
        Parallel.For(0, Segments, i => scores[i] = Analyzer.Analyze(_versions[i]).Score);
        return scores.OrderDescending().First();
    }

    /// <summary>The document's metrics, engine A against the revision: corpus TER, chrF, edit distance and post-edit effort.</summary>
    [Benchmark]
    public double DocumentMetrics10k() => Metrics();

    /// <summary>Everything: the parallel N-way scores and the metrics, each metric on its own task.</summary>
    [Benchmark]
    public async Task<double> NWayViewsAndMetricsConcurrent10kx3()
    {
        var mt = _versions.Select(v => v[0]).ToArray();
        var revision = _versions.Select(v => v[2]).ToArray();
        var results = await Task.WhenAll(
            Task.Run(NWayViewsParallel10kx3),
            Task.Run(() => new Ter().Score(mt, revision).Corpus),
            Task.Run(() => new ChrF().Score(mt, revision).Corpus),
            Task.Run(() => new EditDistance().Score(mt, revision).Corpus + Effort.Measure(mt, revision).SurvivedPercent));
        return results.Sum();
    }

    private double Metrics()
    {
        var mt = _versions.Select(v => v[0]).ToArray();
        var revision = _versions.Select(v => v[2]).ToArray();
        return new Ter().Score(mt, revision).Corpus
            + new ChrF().Score(mt, revision).Corpus
            + new EditDistance().Score(mt, revision).Corpus
            + Effort.Measure(mt, revision).SurvivedPercent;
    }

    private async Task SetupDatabaseAsync()
    {
        _folder = Path.Combine(Path.GetTempPath(), "trv-benchmarks", Guid.NewGuid().ToString("N"));
        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "review.db") }.ToString();
        _services = new ServiceCollection().AddReviewData(connection).BuildServiceProvider();
        await DatabaseMigrator.MigrateAsync(_services, CancellationToken.None);

        var document = new BilingualDocument("versions.txt", "ru", "en", [.. _versions.Select((v, i) => new Segment(
            (i + 1).ToString(CultureInfo.InvariantCulture), SegmentContent.FromText("Президент встретился с министром."), SegmentContent.FromText(v[2]), SegmentState.Translated))]);
        var projectId = await _services.GetRequiredService<ProjectStore>().CreateAsync("Benchmark", "ru", "en", CancellationToken.None);
        _documentId = await _services.GetRequiredService<DocumentStore>().ImportAsync(projectId, document, "txt", null, CancellationToken.None);
        var rows = (await _services.GetRequiredService<SegmentStore>().GetPageAsync(_documentId, SegmentFilter.None, 0, Segments, CancellationToken.None)).Rows;

        await using var db = await _services.GetRequiredService<IDbContextFactory<ReviewDbContext>>().CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var ticks = DateTimeOffset.UtcNow.UtcTicks;
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var (text, label, origin) in new[] { (_versions[i][0], "MT engine A", 1), (_versions[i][1], "MT engine B", 1) })
            {
                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO TargetVersions (SegmentId, Text, Label, Origin, CreatedAt) VALUES ({rows[i].Id}, {text}, {label}, {origin}, {ticks})");
            }
        }

        await transaction.CommitAsync();
    }
}
