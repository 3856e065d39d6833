using TranslationReview.Core.Checks;

namespace TranslationReview.Core.Tests.Checks;

/// <summary>Runs one check over a small document built from source/target pairs.</summary>
internal static class CheckRun
{
    public static IReadOnlyList<CheckFinding> Findings(ICheck check, string sourceLanguage, string targetLanguage, params (string Source, string Target)[] pairs)
    {
        var segments = pairs.Select((p, i) => new CheckSegment(i + 1, p.Source, p.Target)).ToList();
        return [.. check.Run(new CheckContext(new CheckDocument(segments, sourceLanguage, targetLanguage), null))];
    }

    public static IReadOnlyList<CheckFinding> Findings(ICheck check, string sourceLanguage, string targetLanguage, string source, string target) =>
        Findings(check, sourceLanguage, targetLanguage, [(source, target)]);

    /// <summary>The source and target lines of a sample project, paired line by line.</summary>
    public static (string Source, string Target)[] SamplePairs(string sample, string sourceFile, string targetFile)
    {
        var source = File.ReadAllLines(TestData.ProjectPath("samples", sample, sourceFile));
        var target = File.ReadAllLines(TestData.ProjectPath("samples", sample, targetFile));
        return [.. source.Zip(target)];
    }
}
