using TranslationReview.Core.Checks;
using TranslationReview.Core.Terminology;

namespace TranslationReview.Core.Tests.Names;

/// <summary>Runs the default check pipeline over sentence pairs or a sample project and keeps the name findings.</summary>
internal static class NameCheckRun
{
    public static IReadOnlyList<CheckFinding> Pairs(string sourceLanguage, IReadOnlyList<(string Source, string Target)> pairs, Glossary? glossary = null)
    {
        var document = new CheckDocument([.. pairs.Select((p, i) => new CheckSegment(i + 1, p.Source, p.Target))], sourceLanguage, "en");
        return [.. CheckPipeline.CreateDefault().Run(new CheckContext(document, glossary)).Where(f => f.CheckId.StartsWith("name.", StringComparison.Ordinal))];
    }

    public static IReadOnlyList<CheckFinding> Pair(string sourceLanguage, string source, string target, Glossary? glossary = null) =>
        Pairs(sourceLanguage, [(source, target)], glossary);

    /// <summary>A sample project's line-aligned source and target (line n is segment n).</summary>
    public static IReadOnlyList<CheckFinding> Sample(string sample, string sourceFile, string targetFile, string sourceLanguage, Func<string, string>? editTarget = null)
    {
        var sources = File.ReadAllLines(TestData.ProjectPath("samples", sample, sourceFile));
        var targets = File.ReadAllLines(TestData.ProjectPath("samples", sample, targetFile)).Select(editTarget ?? (t => t)).ToArray();
        Assert.Equal(sources.Length, targets.Length);
        return Pairs(sourceLanguage, [.. sources.Zip(targets)]);
    }

    public static Glossary Glossary(params (string Source, string Target)[] entries) =>
        new("project", "uk", "en", [.. entries.Select(e => new GlossaryEntry(e.Source, [e.Target], []))]);
}
