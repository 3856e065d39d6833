using BenchmarkDotNet.Attributes;
using TranslationReview.Core.Diffing;

namespace TranslationReview.Benchmarks;

/// <summary>
/// Diffing the versions of a 10,000-segment document: two machine translations and a revision per segment, which
/// differ the way real versions do (name transliterations, misspellings, a dropped or added word, rewordings).
/// The target: the N-way view with its scores for the whole document in under a second.
/// </summary>
[MemoryDiagnoser]
public class DiffingBenchmarks
{
    private const int Segments = 10_000;

    private static readonly string[] Sentences =
    [
        "President {0} met {1} in {2} on 30.09.2022 to discuss the application for accelerated accession.",
        "The delegation, led by {1}, arrived in {2} late in the evening and was welcomed by the mayor.",
        "«We will not accept any referendum held under occupation», {0} said after the meeting.",
        "Президент {0} встретился с {1} в {2}, чтобы обсудить поставки зимнего оборудования.",
        "Пам'ять про загиблих вшанували хвилиною мовчання, а {1} поклала квіти біля меморіалу в {2}.",
        "According to the ministry, 1,250 tonnes of humanitarian aid reached {2} within the last week.",
    ];

    private static readonly string[][] Names =
    [
        ["Volodymyr Zelenskyy", "Vladimir Zelensky", "Volodymyr Zelensky"],
        ["Annalena Baerbock", "Annalena Berbock", "Anna-Lena Baerbock"],
        ["Kyiv", "Kiev", "Kyiv"],
        ["Kharkiv", "Kharkov", "Kharkiv"],
        ["Jens Stoltenberg", "Yens Stoltenberg", "Jens Stoltenberg"],
    ];

    private static readonly TextDiffer Differ = TextDiffer.Default;
    private static readonly DisagreementAnalyzer Analyzer = new();

    private string[][] _versions = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20221001);
        _versions = new string[Segments][];
        for (var i = 0; i < Segments; i++)
        {
            var sentence = Sentences[random.Next(Sentences.Length)];
            var people = (Names[random.Next(2)], Names[random.Next(2) == 0 ? 1 : 4], Names[2 + random.Next(2)]);
            _versions[i] = new string[3];
            for (var v = 0; v < 3; v++)
            {
                // Version 0 and 1 are two engines (0 with standard spellings), 2 the revision; each pick may differ.
                string Pick(string[] n) => n[random.Next(3) == 0 ? v : 0];
                var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, sentence, Pick(people.Item1), Pick(people.Item2), Pick(people.Item3));
                _versions[i][v] = (v, random.Next(6)) switch
                {
                    (1, 0) => text.Replace(" the ", " ", StringComparison.Ordinal),
                    (2, 0) => text.Replace(" in ", " in the city of ", StringComparison.Ordinal),
                    _ => text,
                };
            }
        }

        Console.WriteLine($"// {Segments:N0} segments × 3 versions, {_versions.Sum(s => s.Sum(v => v.Length)):N0} chars");
    }

    /// <summary>10,000 pairwise diffs (engine A against the revision), word level with letter detail.</summary>
    [Benchmark(Baseline = true)]
    public int DiffPairs10kWithCharacterDetail()
    {
        var changed = 0;
        foreach (var versions in _versions)
        {
            changed += Differ.Diff(versions[0], versions[2]).Spans.Count;
        }

        return changed;
    }

    /// <summary>The N-way view of all 10,000 segments (three pairwise diffs each) and the document sorted by score.</summary>
    [Benchmark]
    public double DisagreementView10kx3Sorted()
    {
        var views = new DisagreementView[Segments];
        for (var i = 0; i < Segments; i++)
        {
            views[i] = Analyzer.Analyze(_versions[i]);
        }

        return views.OrderByDescending(v => v.Score).First().Score;
    }
}
