using System.Globalization;
using BenchmarkDotNet.Attributes;
using TranslationReview.Core.Checks;
using TranslationReview.Core.Terminology;

namespace TranslationReview.Benchmarks;

/// <summary>
/// Runs every built-in check over a 10,000-segment Russian–English document built from the NATO sample's paragraphs,
/// against a 5,000-entry glossary: the sample's own 48 entries, an entry for every distinct two-word phrase of its
/// source (matched all over the document), and made-up entries up to 5,000. Each repetition of the sample changes a
/// few numbers, dates and targets, so every check has findings to report.
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
        glossary = sample with { Entries = BuildEntries(sample.Entries, source) };
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

    private static List<GlossaryEntry> BuildEntries(IReadOnlyList<GlossaryEntry> sample, string[] source)
    {
        var entries = new List<GlossaryEntry>(sample);
        var phrases = source
            .Select(line => line.Split([' ', ',', '.', '«', '»', '(', ')', '—'], StringSplitOptions.RemoveEmptyEntries))
            .SelectMany(words => words.Zip(words.Skip(1)))
            .Where(p => p.Item1.Length > 3 && p.Item2.Length > 3)
            .Select(p => p.Item1 + " " + p.Item2)
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in phrases.Take(GlossaryEntries / 2))
        {
            entries.Add(new GlossaryEntry(phrase, ["rendering of " + phrase.Length.ToString(CultureInfo.InvariantCulture)], []));
        }

        for (var i = 0; entries.Count < GlossaryEntries; i++)
        {
            entries.Add(new GlossaryEntry($"условный термин {i.ToString(CultureInfo.InvariantCulture)}", [$"made-up term {i.ToString(CultureInfo.InvariantCulture)}"],
                [$"wrong term {i.ToString(CultureInfo.InvariantCulture)}"]));
        }

        return entries;
    }
}
