using BenchmarkDotNet.Attributes;
using TranslationReview.Core.Metrics;

namespace TranslationReview.Benchmarks;

/// <summary>
/// Scores 10,000 segment pairs: German sentences of the Text+Berg development set as references, and as
/// hypotheses the same sentences revised deterministically (a word dropped, two words swapped, a word replaced),
/// so TER has shifts to search and chrF partial matches to count.
/// </summary>
[MemoryDiagnoser]
public class MetricsBenchmarks
{
    private const int Segments = 10_000;
    private readonly ChrF chrf = new();
    private readonly Ter ter = new();
    private string[] hypotheses = [];
    private string[] references = [];

    [GlobalSetup]
    public void Setup()
    {
        var german = File.ReadAllLines(Path.Combine(RepositoryRoot(), "..", "shared", "testdata", "align", "textberg-dev", "dev.de"))
            .Where(l => l.Trim().Length > 0).ToArray();
        (hypotheses, references) = BuildPairs(german);
    }

    [Benchmark]
    public double ChrF10000Segments() => chrf.Score(hypotheses, references).Corpus;

    [Benchmark]
    public double Ter10000Segments() => ter.Score(hypotheses, references).Corpus;

    /// <summary>Repeats the sentences up to 10,000 pairs, revising each hypothesis by its position.</summary>
    public static (string[] Hypotheses, string[] References) BuildPairs(string[] sentences)
    {
        var hypotheses = new string[Segments];
        var references = new string[Segments];
        for (var i = 0; i < Segments; i++)
        {
            var reference = sentences[i % sentences.Length];
            var words = reference.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (words.Count > 3)
            {
                switch (i % 3)
                {
                    case 0:
                        words.RemoveAt(i % words.Count);
                        break;
                    case 1:
                        (words[0], words[^2]) = (words[^2], words[0]);
                        break;
                    default:
                        words[i % words.Count] = "Änderung";
                        break;
                }
            }

            hypotheses[i] = string.Join(' ', words);
            references[i] = reference;
        }

        return (hypotheses, references);
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
