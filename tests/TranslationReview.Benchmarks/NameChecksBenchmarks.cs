using BenchmarkDotNet.Attributes;
using TranslationReview.Core.Checks;
using TranslationReview.Testing;

namespace TranslationReview.Benchmarks;

/// <summary>
/// The name checks (name.transliteration, name.established, name.consistency) over a 10,000-segment Russian–English
/// document: the NATO sample's 41 paragraphs with their machine translation, repeated. Every segment has names to find,
/// look up, romanize and locate in the target.
/// </summary>
[MemoryDiagnoser]
public class NameChecksBenchmarks
{
    private const int Segments = 10_000;

    private static readonly CheckPipeline NameChecks = new([new NameTransliterationCheck(), new NameEstablishedCheck(), new NameConsistencyCheck()]);

    private CheckDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        var sources = File.ReadAllLines(TestData.ProjectPath("samples", "nato-accession-ru-en", "source.ru.txt"));
        var targets = File.ReadAllLines(TestData.ProjectPath("samples", "nato-accession-ru-en", "target.mt.en.txt"));
        _document = new CheckDocument(
            [.. Enumerable.Range(0, Segments).Select(i => new CheckSegment(i + 1, sources[i % sources.Length], targets[i % targets.Length]))],
            "ru",
            "en");
    }

    [Benchmark]
    public int NameChecksOver10000Segments() => NameChecks.Run(new CheckContext(_document, null)).Count;
}
