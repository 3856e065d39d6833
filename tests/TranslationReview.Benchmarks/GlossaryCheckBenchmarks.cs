using BenchmarkDotNet.Attributes;
using TranslationReview.Core.Checks;
using TranslationReview.Core.Checks.Terms;
using TranslationReview.Core.Terminology;

namespace TranslationReview.Benchmarks;

/// <summary>
/// Checks a 10,000-segment Russian–English document against a 5,000-entry glossary with the glossary checks
/// (glossary.missing, glossary.forbidden, terminology.consistency). The document repeats the 41 paragraphs of the
/// nato-accession-ru-en sample (about 60 words each). The glossary is the sample's 48 entries, then one in five of the
/// source's two- and three-word runs of content words (about ten terms in every paragraph, twice what a real termbase
/// of this size finds in news text), then entries that do not occur (runs with a letter changed), as most of a large
/// termbase does not occur in any one document. The accepted rendering of an occurring term is an English run from the
/// translation, mostly of another paragraph, so many terms come out "missing"; other renderings and the forbidden ones
/// are English runs with a letter added, which do not occur.
/// </summary>
[MemoryDiagnoser]
public class GlossaryCheckBenchmarks
{
    private const int Segments = 10_000;
    private const int Entries = 5_000;

    private readonly CheckPipeline pipeline = new([new GlossaryMissingCheck(), new GlossaryForbiddenCheck(), new TerminologyConsistencyCheck()]);
    private CheckDocument document = null!;
    private Glossary glossary = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = TestData.ProjectPath("samples", "nato-accession-ru-en");
        var sources = File.ReadAllLines(Path.Combine(folder, "source.ru.txt"));
        var targets = File.ReadAllLines(Path.Combine(folder, "target.mt.en.txt"));
        document = new CheckDocument(
            [.. Enumerable.Range(0, Segments).Select(i => new CheckSegment(i + 1, sources[i % sources.Length], targets[i % targets.Length]))],
            "ru",
            "en");

        var sample = GlossaryLoader.LoadAsync(Path.Combine(folder, "glossary.csv"), "ru", "en", CancellationToken.None).GetAwaiter().GetResult();
        var russian = Runs(sources);
        var english = Runs(targets);
        var entries = new List<GlossaryEntry>(sample.Entries);
        var occurring = russian.Where((_, i) => i % 5 == 0).ToList();
        for (var i = 0; entries.Count < Entries; i++)
        {
            var term = i < occurring.Count ? occurring[i] : "ф" + russian[i % russian.Count];
            var rendering = i < occurring.Count ? english[(i * 7) % english.Count] : "x" + english[i % english.Count];
            entries.Add(new GlossaryEntry(term, [rendering], ["x" + rendering]));
        }

        glossary = new Glossary("benchmark.csv", "ru", "en", entries);
    }

    /// <summary>A first run over a glossary: the term matchers are built, then the document is checked.</summary>
    [Benchmark]
    public int Check10000SegmentsAgainst5000Entries() => pipeline.Run(new CheckContext(document, glossary with { })).Count;

    /// <summary>Two- and three-word runs of words of four letters or more, distinct, in order of first appearance.</summary>
    private static List<string> Runs(string[] lines)
    {
        var runs = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var words = line.Split([' ', ',', '.', '"', '«', '»', '(', ')', ':', ';', '—', '-'], StringSplitOptions.RemoveEmptyEntries);
            for (var length = 2; length <= 3; length++)
            {
                for (var i = 0; i + length <= words.Length; i++)
                {
                    if (words[i..(i + length)].Any(w => w.Length < 4))
                    {
                        continue;
                    }

                    var run = string.Join(' ', words[i..(i + length)]);
                    if (seen.Add(run))
                    {
                        runs.Add(run);
                    }
                }
            }
        }

        return runs;
    }
}
