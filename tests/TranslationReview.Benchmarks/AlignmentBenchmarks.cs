using BenchmarkDotNet.Attributes;
using TranslationReview.Core.Alignment;

namespace TranslationReview.Benchmarks;

/// <summary>
/// Aligns a 10,000 × 10,000-sentence document pair built from the Text+Berg German–French development set:
/// the set is repeated, and every repetition drops a few source sentences and merges a few target sentences,
/// so the best path leaves the diagonal and contains deletions and merges.
/// </summary>
[MemoryDiagnoser]
public class AlignmentBenchmarks
{
    private const int Sentences = 10_000;
    private readonly SentenceAligner aligner = new();
    private string[] source = [];
    private string[] target = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(RepositoryRoot(), "..", "shared", "testdata", "align", "textberg-dev");
        (source, target) = BuildPair(File.ReadAllLines(Path.Combine(folder, "dev.de")), File.ReadAllLines(Path.Combine(folder, "dev.fr")));
    }

    [Benchmark]
    public int Align10000Sentences() => aligner.Align(source, target, "de", "fr").Count;

    /// <summary>Repeats the pair with deterministic deletions (source) and merges (target) up to 10,000 each.</summary>
    public static (string[] Source, string[] Target) BuildPair(string[] german, string[] french)
    {
        var source = new List<string>(Sentences);
        var target = new List<string>(Sentences);
        for (var round = 0; source.Count < Sentences || target.Count < Sentences; round++)
        {
            for (var i = 0; i < german.Length; i++)
            {
                if ((i + round) % 37 != 0 && source.Count < Sentences)
                {
                    source.Add(german[i]);
                }
            }

            for (var j = 0; j < french.Length && target.Count < Sentences; j++)
            {
                if ((j + round) % 29 == 0 && j + 1 < french.Length)
                {
                    target.Add(french[j] + " " + french[j + 1]);
                    j++;
                }
                else
                {
                    target.Add(french[j]);
                }
            }
        }

        return ([.. source], [.. target]);
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
