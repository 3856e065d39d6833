using TranslationReview.Core.Checks;
using TranslationReview.Core.Terminology;
using Xunit.Abstractions;

namespace TranslationReview.Core.Tests.Checks.Terms;

/// <summary>The glossary checks over the sample projects: the machine translation's errors found, the post-edit left clean.</summary>
public class GlossarySampleTests(ITestOutputHelper output)
{
    private async Task<List<CheckFinding>> CheckSampleAsync(string sample, string sourceFile, string targetFile, string sourceLanguage)
    {
        var glossary = await GlossaryLoader.LoadAsync(TestData.ProjectPath("samples", sample, "glossary.csv"), sourceLanguage, "en", CancellationToken.None);
        var sources = await File.ReadAllLinesAsync(TestData.ProjectPath("samples", sample, sourceFile));
        var targets = await File.ReadAllLinesAsync(TestData.ProjectPath("samples", sample, targetFile));
        var document = new CheckDocument([.. sources.Zip(targets).Select((p, i) => new CheckSegment(i + 1, p.First, p.Second))], sourceLanguage, "en");
        var findings = CheckPipeline.CreateDefault().Run(new CheckContext(document, glossary))
            .Where(f => f.CheckId.StartsWith("glossary.", StringComparison.Ordinal) || f.CheckId == "terminology.consistency")
            .ToList();
        foreach (var f in findings)
        {
            output.WriteLine($"{f.SegmentNumber} {f.CheckId} {f.Category} src=[{f.Source?.Text}] tgt=[{f.Target?.Text}] -> {f.Suggestion}");
        }

        return findings;
    }

    [Fact]
    public async Task Run_NatoMachineTranslation_FindsTheNamedErrors()
    {
        var findings = await CheckSampleAsync("nato-accession-ru-en", "source.ru.txt", "target.mt.en.txt", "ru");

        Assert.Equal(
            [
                (1, "Zaporozhye", "Zaporizhzhia Oblast"),
                (2, "Oleksiy Reznikov", "Oleksii Reznikov"),
                (4, "Vladimir Zelensky", "Volodymyr Zelensky"),
                (6, "Baltic Extinctions", "Baltic Die-mirates"),
                (15, "adviser to the President of the United States", "US National Security Advisor"),
                (22, "annexes Ukraine", "admit to NATO"),
                (24, "Actions", "hostilities"),
                (25, "FRG", "Germany"),
                (28, "Annalena Berbock", "Annalena Baerbock"),
                (31, "historical statement", "historic statement"),
                (34, "NWO", "special military operation"),
            ],
            findings.Select(f => (f.SegmentNumber, f.Target!.Text, f.Suggestion!)));
        Assert.All(findings, f => Assert.Equal("glossary.forbidden", f.CheckId));
        Assert.Equal(IssueCategory.Title, findings.Single(f => f.SegmentNumber == 15).Category);
    }

    [Fact]
    public async Task Run_NatoCorrectedTranslation_FindsNothing()
    {
        var findings = await CheckSampleAsync("nato-accession-ru-en", "source.ru.txt", "target.corrected.en.txt", "ru");

        Assert.Empty(findings);
    }

    [Fact]
    public async Task Run_KharkivTranslation_FindsRussianFormsAndTheWrongAmount()
    {
        var findings = await CheckSampleAsync("kharkiv-uk-en", "source.uk.txt", "target.en.txt", "uk");

        Assert.Equal(
            [
                (3, "UAH 84 million", "48 мільйонів гривень"),
                (4, "Kharkov National University of Civil Engineering and Architecture", "Харківського національного університету будівництва та архітектури"),
                (5, "Nikolaev", "Миколаєва"),
                (7, "Aleksandr Kovalenko", "Олександр Коваленко"),
                (8, "Igor Terekhov", "Ігор Терехов"),
            ],
            findings.Select(f => (f.SegmentNumber, f.Target!.Text, f.Source!.Text)));
    }

    [Fact]
    public async Task Run_KharkivCorrectedTranslation_FindsNothing()
    {
        var findings = await CheckSampleAsync("kharkiv-uk-en", "source.uk.txt", "target.corrected.en.txt", "uk");

        Assert.Empty(findings);
    }
}
