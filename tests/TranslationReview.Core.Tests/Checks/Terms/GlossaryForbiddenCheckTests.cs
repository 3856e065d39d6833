using TranslationReview.Core.Checks;
using TranslationReview.Core.Checks.Terms;
using TranslationReview.Core.Terminology;
using static TranslationReview.Core.Tests.Checks.Terms.GlossaryCheckRun;

namespace TranslationReview.Core.Tests.Checks.Terms;

public class GlossaryForbiddenCheckTests
{
    private static readonly Glossary Nato = Russian(
        Entry("Владимир Зеленский", "Volodymyr Zelensky|Volodymyr Zelenskyy", "Vladimir Zelensky|Vladimir Zelenskiy", GlossaryEntryType.Person),
        Entry("Киев", "Kyiv", "Kiev", GlossaryEntryType.Place),
        Entry("глава киевского режима", "head of the Kyiv regime", "head of the Kiev regime", GlossaryEntryType.Title),
        Entry("ФРГ", "Germany|Federal Republic of Germany", "FRG", GlossaryEntryType.Place),
        Entry("СВО", "special military operation", "NWO|SMO|SVO"),
        Entry("генеральный секретарь НАТО", "NATO Secretary General", "NATO General Secretary", GlossaryEntryType.Title),
        Entry("Северная Македония", "North Macedonia", type: GlossaryEntryType.Place),
        Entry("Македония", "North Macedonia", "FYROM|Macedonia", GlossaryEntryType.Place),
        Entry("Анналена Бербок", "Annalena Baerbock", "Annalena Berbock", GlossaryEntryType.Person));

    [Theory]
    [InlineData("Речь Владимира Зеленского.", "Vladimir Zelensky's speech.", "Vladimir Zelensky's", "Владимира Зеленского", "Volodymyr Zelensky's", IssueCategory.Name)]
    [InlineData("Об этом заявил Владимир Зеленский.", "VLADIMIR ZELENSKIY said this.", "VLADIMIR ZELENSKIY", "Владимир Зеленский", "Volodymyr Zelensky", IssueCategory.Name)]
    [InlineData("Глава МИД ФРГ Анналена Бербок.", "FRG Foreign Minister Annalena Baerbock.", "FRG", "ФРГ", "Germany", IssueCategory.Name)]
    [InlineData("В ходе СВО.", "During the NWO.", "NWO", "СВО", "special military operation", IssueCategory.Terminology)]
    [InlineData("Так сказал генсек.", "So said the NATO General Secretary.", "NATO General Secretary", null, "NATO Secretary General", IssueCategory.Title)]
    [InlineData("Столица Украины.", "The capital of Ukraine, Kiev.", "Kiev", null, "Kyiv", IssueCategory.Name)]
    public void Run_ForbiddenRendering_IsReportedWithTheAcceptedOne(
        string source, string target, string found, string? sourceTerm, string suggestion, IssueCategory category)
    {
        var finding = Assert.Single(Run(new GlossaryForbiddenCheck(), Nato, (source, target)));

        Assert.Equal((GlossaryForbiddenCheck.CheckId, Severity.Major, category), (finding.CheckId, finding.Severity, finding.Category));
        Assert.Equal((found, target.IndexOf(found, StringComparison.Ordinal)), (finding.Target!.Text, finding.Target.Start));
        Assert.Equal(sourceTerm, finding.Source?.Text);
        Assert.Equal(suggestion, finding.Suggestion);
        Assert.StartsWith($"\"{found}\" is a forbidden rendering of", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ForbiddenInsideLongerForbidden_IsReportedOnceAsTheLonger()
    {
        var finding = Assert.Single(Run(new GlossaryForbiddenCheck(), Nato,
            ("Предложение главы киевского режима.", "The proposal of the head of the Kiev regime.")));

        Assert.Equal(("head of the Kiev regime", "head of the Kyiv regime"), (finding.Target!.Text, finding.Suggestion));
    }

    [Theory]
    [InlineData("Черногория и Северная Македония.", "Montenegro and North Macedonia.")]
    [InlineData("Речь Владимира Зеленского.", "Volodymyr Zelensky's speech.")]
    [InlineData("Глава киевского режима.", "The head of the Kyiv regime.")]
    [InlineData("Глава МИД ФРГ Анналена Бербок.", "German Foreign Minister Annalena Baerbock.")]
    [InlineData("В ходе СВО.", "During the special military operation, smoke was seen.")]
    public void Run_AcceptedRenderings_LeaveTheSegmentAlone(string source, string target)
    {
        Assert.Empty(Run(new GlossaryForbiddenCheck(), Nato, (source, target)));
    }

    [Fact]
    public void Run_SeveralSegments_ReportsEachOccurrenceInItsSegment()
    {
        var findings = Run(new GlossaryForbiddenCheck(), Nato,
            ("Киев ответил.", "Kiev answered."),
            ("Киев молчит.", "Kyiv is silent."),
            ("Бербок и Киев.", "Annalena Berbock and Kiev."));

        Assert.Equal([(1, "Kiev"), (3, "Annalena Berbock"), (3, "Kiev")], findings.Select(f => (f.SegmentNumber, f.Target!.Text)));
    }
}
