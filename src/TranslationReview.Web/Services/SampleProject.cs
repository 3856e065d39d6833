using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>A sample shipped in the repository's samples folder, imported on first start as a ready project.</summary>
/// <param name="Folder">The sample's folder name under samples/.</param>
/// <param name="ProjectName">The project's name in the workbench.</param>
/// <param name="SourceLanguage">BCP 47 tag of the source text.</param>
/// <param name="TargetLanguage">BCP 47 tag of the translation.</param>
/// <param name="SourceFile">The source text, one paragraph per line.</param>
/// <param name="TargetFile">The translation, one paragraph per line.</param>
public sealed record SampleProject(string Folder, string ProjectName, string SourceLanguage, string TargetLanguage, string SourceFile, string TargetFile)
{
    /// <summary>What the workbench calls the translation in <see cref="TargetFile"/>, and where it came from.</summary>
    public TargetProvenance Target { get; init; } = TargetProvenance.Imported;

    /// <summary>A second translation of the same source, added as alternatives so the sample opens with versions to compare.</summary>
    public string? AlternativeFile { get; init; }

    /// <summary>What the workbench calls the alternative translation, and where it came from.</summary>
    public TargetProvenance? Alternative { get; init; }

    /// <summary>The sample's glossary (CSV or TBX), imported into the project before the document so the first check run uses it.</summary>
    public string GlossaryFile { get; init; } = "glossary.csv";

    public static IReadOnlyList<SampleProject> All { get; } =
    [
        new("nato-accession-ru-en", "NATO accession commentary (ru → en)", "ru", "en", "source.ru.txt", "target.mt.en.txt")
        {
            Target = new("MT engine A", TargetOrigin.MachineTranslation),
            AlternativeFile = "target.corrected.en.txt",
            Alternative = new("Human revision", TargetOrigin.HumanEdit),
        },
        new("kharkiv-uk-en", "Kharkiv announcement (uk → en)", "uk", "en", "source.uk.txt", "target.en.txt")
        {
            Target = new("Translator's draft", TargetOrigin.Imported),
            AlternativeFile = "target.corrected.en.txt",
            Alternative = new("Human revision", TargetOrigin.HumanEdit),
        },
    ];
}
