using TranslationReview.Core.Checks;
using TranslationReview.Core.Terminology;

namespace TranslationReview.Core.Tests.Checks.Terms;

/// <summary>Runs one check over source/target pairs with a glossary, as the pipeline would.</summary>
internal static class GlossaryCheckRun
{
    public static List<CheckFinding> Run(ICheck check, Glossary glossary, params (string Source, string Target)[] segments)
    {
        var document = new CheckDocument(
            [.. segments.Select((s, i) => new CheckSegment(i + 1, s.Source, s.Target))],
            glossary.SourceLanguage,
            glossary.TargetLanguage ?? "en");
        return [.. check.Run(new CheckContext(document, glossary))];
    }

    public static Glossary Russian(params GlossaryEntry[] entries) => new("test.csv", "ru", "en", entries);

    public static Glossary Ukrainian(params GlossaryEntry[] entries) => new("test.csv", "uk", "en", entries);

    public static GlossaryEntry Entry(string source, string accepted, string forbidden = "", GlossaryEntryType type = GlossaryEntryType.Term) =>
        new(source, Split(accepted), Split(forbidden)) { Type = type };

    private static List<string> Split(string renderings) => [.. renderings.Split('|', StringSplitOptions.RemoveEmptyEntries)];
}
