using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TranslationReview.Core.Alignment;
using TranslationReview.Core.Checks;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.PlainText;
using TranslationReview.Core.Segmentation;
using TranslationReview.Core.Terminology;
using TranslationReview.Data;

namespace TranslationReview.Benchmarks;

/// <summary>
/// What the app does after every edit, on a real SQLite file: read a 10,000-segment document's text and the project
/// glossary (the Kharkiv sample glossary plus 5,000 generated entries), run the default check pipeline, and replace
/// the document's automatic flags (a re-check where the findings are already flagged, as after a typical edit).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, warmupCount: 2, iterationCount: 10)]
public class CheckRunBenchmarks
{
    private const int Segments = 10_000;
    private const int GeneratedEntries = 5_000;

    private string folder = string.Empty;
    private ServiceProvider? services;
    private int projectId;
    private int documentId;
    private Glossary glossary = null!;
    private List<CheckSegment> segments = [];
    private IReadOnlyList<SegmentFinding> findings = [];

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
    public async Task<int> RecheckTenThousandSegments()
    {
        var glossary = await Store<GlossaryStore>().GetGlossaryAsync(projectId, CancellationToken.None);
        var texts = await Store<SegmentStore>().GetTextsAsync(documentId, CancellationToken.None);
        var segments = texts.Select(t => new CheckSegment(t.Position, t.Source, t.Target ?? string.Empty)).ToList();
        var findings = CheckPipeline.CreateDefault().Run(new CheckContext(new CheckDocument(segments, "uk", "en"), glossary));
        var ids = texts.ToDictionary(t => t.Position, t => t.Id);
        var result = await Store<FlagStore>().ReplaceAutomaticAsync(
            documentId, [.. findings.Select(f => new SegmentFinding(ids[f.SegmentNumber], f))], null, CancellationToken.None);
        return result.Kept + result.Added;
    }

    [Benchmark]
    public async Task<int> ReadTextAndGlossary()
    {
        var read = await Store<GlossaryStore>().GetGlossaryAsync(projectId, CancellationToken.None);
        return (await Store<SegmentStore>().GetTextsAsync(documentId, CancellationToken.None)).Count + read.Entries.Count;
    }

    [Benchmark]
    public int RunPipeline() =>
        CheckPipeline.CreateDefault().Run(new CheckContext(new CheckDocument(segments, "uk", "en"), glossary)).Count;

    [Benchmark]
    public async Task<int> ReplaceAutomaticFlags() =>
        (await Store<FlagStore>().ReplaceAutomaticAsync(documentId, findings, null, CancellationToken.None)).Kept;

    private T Store<T>()
        where T : notnull => services!.GetRequiredService<T>();

    private async Task SetupAsync()
    {
        folder = Path.Combine(Path.GetTempPath(), "trv-benchmarks", Guid.NewGuid().ToString("N"));
        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "review.db") }.ToString();
        services = new ServiceCollection().AddReviewData(connection).BuildServiceProvider();
        await DatabaseMigrator.MigrateAsync(services, CancellationToken.None);

        var root = Path.Combine(TestData.RepositoryRoot, "samples", "kharkiv-uk-en");
        projectId = await Store<ProjectStore>().CreateAsync("Benchmark", "uk", "en", CancellationToken.None);
        var sampleGlossary = await GlossaryLoader.LoadAsync(Path.Combine(root, "glossary.csv"), "uk", "en", CancellationToken.None);
        var generated = Enumerable.Range(1, GeneratedEntries).Select(i => new GlossaryEntry(
            $"термін номер {Word(i)}", [$"term number {i.ToString(CultureInfo.InvariantCulture)}"], [$"wrong term {i.ToString(CultureInfo.InvariantCulture)}"]));
        await Store<GlossaryStore>().ImportAsync(projectId, sampleGlossary with { Entries = [.. sampleGlossary.Entries, .. generated] }, false, null, CancellationToken.None);

        var sample = await new TextPairImporter(SrxSegmenter.Default, new SentenceAligner()).ImportAsync(
            Path.Combine(root, "source.uk.txt"), Path.Combine(root, "target.en.txt"), "uk", "en", ReadOptions.Default, CancellationToken.None);
        var document = sample with
        {
            Segments = [.. Enumerable.Range(0, Segments).Select(i => sample.Segments[i % sample.Segments.Count] with { Id = (i + 1).ToString(CultureInfo.InvariantCulture) })],
        };
        documentId = await Store<DocumentStore>().ImportAsync(projectId, document, "txt", null, CancellationToken.None);
        await RecheckTenThousandSegments();
        glossary = await Store<GlossaryStore>().GetGlossaryAsync(projectId, CancellationToken.None);
        var texts = await Store<SegmentStore>().GetTextsAsync(documentId, CancellationToken.None);
        segments = [.. texts.Select(t => new CheckSegment(t.Position, t.Source, t.Target ?? string.Empty))];
        var ids = texts.ToDictionary(t => t.Position, t => t.Id);
        findings = [.. CheckPipeline.CreateDefault().Run(new CheckContext(new CheckDocument(segments, "uk", "en"), glossary)).Select(f => new SegmentFinding(ids[f.SegmentNumber], f))];
        Console.WriteLine($"// {findings.Count} findings on {segments.Count} segments, {glossary.Entries.Count} glossary entries");
    }

    // Distinct Cyrillic words per entry, so the 5,000 entries do not collapse into a few stems.
    private static string Word(int n)
    {
        const string letters = "абвгдежзиклмнопрстуфхцчшщ";
        var chars = new List<char>();
        for (; n > 0; n /= letters.Length)
        {
            chars.Add(letters[n % letters.Length]);
        }

        return new string([.. chars]) + "ович";
    }
}
