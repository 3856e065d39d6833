using TranslationReview.Core.Checks;
using TranslationReview.Core.Checks.Terms;
using TranslationReview.Core.Terminology;
using static TranslationReview.Core.Tests.Checks.Terms.GlossaryCheckRun;

namespace TranslationReview.Core.Tests.Checks.Terms;

public class TerminologyConsistencyCheckTests
{
    private static readonly Glossary Glossary = Russian(
        Entry("Чехия", "Czech Republic|Czechia", "Chekhia", GlossaryEntryType.Place),
        Entry("Турция", "Turkey|Türkiye", type: GlossaryEntryType.Place),
        Entry("боевые действия", "hostilities|fighting"));

    [Fact]
    public void Run_MinorityRendering_IsReportedWithTheDocumentsChoice()
    {
        var findings = Run(new TerminologyConsistencyCheck(), Glossary,
            ("Чехия поддержала заявку.", "The Czech Republic supported the bid."),
            ("Во главе Чехии стоит русофоб.", "Czechia is led by a Russophobe."),
            ("Позиция Чехии известна.", "The Czech Republic's position is known."));

        var finding = Assert.Single(findings);
        Assert.Equal((2, Severity.Minor, IssueCategory.Name), (finding.SegmentNumber, finding.Severity, finding.Category));
        Assert.Equal(("Czechia", "Чехии"), (finding.Target!.Text, finding.Source!.Text));
        Assert.Equal("Czech Republic", finding.Suggestion);
        Assert.Equal("\"Чехия\" is rendered \"Czechia\" here but \"Czech Republic\" in segments 1, 3; use one rendering throughout the document.", finding.Message);
    }

    [Fact]
    public void Run_TieBetweenRenderings_KeepsTheGlossarysFirst()
    {
        var findings = Run(new TerminologyConsistencyCheck(), Glossary,
            ("Турция против.", "Türkiye is against."),
            ("Боевые действия и Турция.", "Hostilities and Turkey's position."));

        var finding = Assert.Single(findings);
        Assert.Equal((1, "Türkiye", "Turkey"), (finding.SegmentNumber, finding.Target!.Text, finding.Suggestion));
    }

    [Fact]
    public void Run_OneRenderingThroughout_FindsNothing()
    {
        Assert.Empty(Run(new TerminologyConsistencyCheck(), Glossary,
            ("Боевые действия продолжаются.", "Hostilities continue."),
            ("Боевых действий не было.", "There were no hostilities."),
            ("Чехия и Турция.", "The Czech Republic and Turkey.")));
    }
}
