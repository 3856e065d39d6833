using System.Globalization;
using BenchmarkDotNet.Attributes;
using TranslationReview.Core.Checks;
using TranslationReview.Core.Terminology;

namespace TranslationReview.Benchmarks;

/// <summary>
/// Runs every built-in check over a 10,000-segment Russian–English document built from the NATO sample's paragraphs,
/// against a 5,000-entry glossary: the sample's own 48 entries, which match all over the document, and made-up
/// two-word Russian terms up to 5,000, which fill the matcher but never occur (as most of a real termbase does not in
/// one document). Every 97th segment has an empty, copied or changed target, so the checks have findings to report.
/// </summary>
[MemoryDiagnoser]
public class CheckPipelineBenchmarks
{
    private const int Segments = 10_000;
    private const int GlossaryEntries = 5_000;
    private readonly CheckPipeline pipeline = CheckPipeline.CreateDefault();
    private CheckDocument document = new([], "ru", "en");
    private Glossary? glossary;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var folder = TestData.ProjectPath("samples", "nato-accession-ru-en");
        var source = await File.ReadAllLinesAsync(Path.Combine(folder, "source.ru.txt"));
        var target = await File.ReadAllLinesAsync(Path.Combine(folder, "target.mt.en.txt"));
        document = new CheckDocument(BuildSegments(source, target), "ru", "en");
        var sample = await GlossaryLoader.LoadAsync(Path.Combine(folder, "glossary.csv"), "ru", "en", CancellationToken.None);
        glossary = sample with { Entries = BuildEntries(sample.Entries) };
    }

    [Benchmark]
    public int CheckWithGlossary() => pipeline.Run(new CheckContext(document, glossary)).Count;

    [Benchmark]
    public int CheckWithoutGlossary() => pipeline.Run(new CheckContext(document, null)).Count;

    private static List<CheckSegment> BuildSegments(string[] source, string[] target)
    {
        var segments = new List<CheckSegment>(Segments);
        for (var round = 0; segments.Count < Segments; round++)
        {
            for (var i = 0; i < source.Length && segments.Count < Segments; i++)
            {
                var number = segments.Count + 1;
                var text = (number % 97) switch
                {
                    0 => string.Empty,
                    1 => source[i],
                    2 => target[i].Replace("30", "31", StringComparison.Ordinal).Replace("September", "August", StringComparison.Ordinal),
                    _ => target[i],
                };
                segments.Add(new CheckSegment(number, source[i] + (round % 3 == 0 ? string.Empty : $" ({round.ToString(CultureInfo.InvariantCulture)})"),
                    text + (round % 3 == 0 || text.Length == 0 ? string.Empty : $" ({round.ToString(CultureInfo.InvariantCulture)})")));
            }
        }

        return segments;
    }

    private static List<GlossaryEntry> BuildEntries(IReadOnlyList<GlossaryEntry> sample)
    {
        const string Letters = "абвгдежзиклмнопрстуфхцчшщэюя";
        var entries = new List<GlossaryEntry>(sample);
        for (var i = 0; entries.Count < GlossaryEntries; i++)
        {
            var code = string.Concat(Letters[i % 28], Letters[i / 28 % 28], Letters[i / 784 % 28]);
            var number = i.ToString(CultureInfo.InvariantCulture);
            entries.Add(new GlossaryEntry($"квази{code}ский комитет", [$"quasi-{number} committee"], [$"pseudo-{number} committee"]));
        }

        return entries;
    }
}
