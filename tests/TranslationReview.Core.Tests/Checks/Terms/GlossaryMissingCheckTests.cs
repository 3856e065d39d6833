using TranslationReview.Core.Checks;
using TranslationReview.Core.Checks.Terms;
using TranslationReview.Core.Terminology;
using static TranslationReview.Core.Tests.Checks.Terms.GlossaryCheckRun;

namespace TranslationReview.Core.Tests.Checks.Terms;

public class GlossaryMissingCheckTests
{
    private static readonly Glossary Nato = Russian(
        Entry("Владимир Зеленский", "Volodymyr Zelensky|Volodymyr Zelenskyy", "Vladimir Zelensky", GlossaryEntryType.Person),
        Entry("генеральный секретарь НАТО", "NATO Secretary General|Secretary General of NATO", "NATO General Secretary", GlossaryEntryType.Title),
        Entry("НАТО", "NATO", type: GlossaryEntryType.Organization),
        Entry("министр обороны Украины", "Minister of Defense of Ukraine|Ukrainian Defense Minister", type: GlossaryEntryType.Title),
        Entry("Украина", "Ukraine", "the Ukraine", GlossaryEntryType.Place),
        Entry("Министерство обороны", "Ministry of Defense|Defense Ministry"),
        Entry("Херсонская область", "Kherson Oblast|Kherson region|Kherson", type: GlossaryEntryType.Place));

    private static readonly Glossary Kharkiv = Ukrainian(
        Entry("Кабінет Міністрів", "Cabinet of Ministers", type: GlossaryEntryType.Organization),
        Entry("Збройні сили", "Armed Forces", type: GlossaryEntryType.Organization),
        Entry("міський голова Харкова", "Mayor of Kharkiv|Kharkiv Mayor", "city head of Kharkiv", GlossaryEntryType.Title),
        Entry("контактна мережа", "overhead line|overhead contact line", "contact network"));

    [Theory]
    [InlineData("Об этом заявил Владимир Зеленский.", "This was stated by the Ukrainian president.", "Владимир Зеленский", IssueCategory.Name, "Volodymyr Zelensky")]
    [InlineData("Слова генерального секретаря НАТО удивили всех.", "The words of the NATO Secretary of State surprised everyone.", "генерального секретаря НАТО", IssueCategory.Title, "NATO Secretary General")]
    [InlineData("В пресс-службе Министерства обороны не ответили.", "The press service of the military department did not answer.", "Министерства обороны", IssueCategory.Terminology, "Ministry of Defense")]
    [InlineData("Пленные вернулись в Херсонскую область.", "The prisoners returned to the south.", "Херсонскую область", IssueCategory.Name, "Kherson Oblast")]
    public void Run_RussianTermWithoutRendering_IsReportedOnTheSourceTerm(string source, string target, string term, IssueCategory category, string suggestion)
    {
        var finding = Assert.Single(Run(new GlossaryMissingCheck(), Nato, (source, target)));

        Assert.Equal((GlossaryMissingCheck.CheckId, category, Severity.Major, suggestion), (finding.CheckId, finding.Category, finding.Severity, finding.Suggestion));
        Assert.Equal(term, finding.Source!.Text);
        Assert.Equal(source.IndexOf(term, StringComparison.Ordinal), finding.Source.Start);
        Assert.Null(finding.Target);
        Assert.Contains($"\"{term}\"", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Рішення Кабінету Міністрів набуло чинності.", "The government's decision has entered into force.", "Кабінету Міністрів", IssueCategory.Name)]
    [InlineData("Підрозділи Збройних сил відбили атаку.", "The army units repelled the attack.", "Збройних сил", IssueCategory.Name)]
    [InlineData("Про це сказав міський голова Харкова Ігор Терехов.", "This was said by Ihor Terekhov, the city's head.", "міський голова Харкова", IssueCategory.Title)]
    [InlineData("Робітники замінили 12 опор контактної мережі.", "Workers replaced 12 poles of the tram wires.", "контактної мережі", IssueCategory.Terminology)]
    public void Run_UkrainianTermWithoutRendering_IsReported(string source, string target, string term, IssueCategory category)
    {
        var finding = Assert.Single(Run(new GlossaryMissingCheck(), Kharkiv, (source, target)));

        Assert.Equal((term, category), (finding.Source!.Text, finding.Category));
    }

    [Theory]
    [InlineData("Об этом заявил Владимир Зеленский.", "This was stated by Volodymyr Zelenskyy.")]
    [InlineData("Речь Владимира Зеленского.", "Volodymyr Zelensky's speech.")]
    [InlineData("Слова генерального секретаря НАТО удивили всех.", "The words of the Secretary General of NATO surprised everyone.")]
    [InlineData("Заявление министра обороны Украины.", "A statement by the Ukrainian Defense Minister.")]
    [InlineData("Пленные вернулись в Херсонскую область.", "The prisoners returned to the Kherson region.")]
    [InlineData("В пресс-службе Министерства обороны не ответили.", "The Defense Ministry's press service did not answer.")]
    [InlineData("Об этом заявил Владимир Зеленский.", "")]
    public void Run_RussianTermRendered_LeavesTheSegmentAlone(string source, string target)
    {
        Assert.Empty(Run(new GlossaryMissingCheck(), Nato, (source, target)));
    }

    [Theory]
    [InlineData("Рішення Кабінету Міністрів набуло чинності.", "The Cabinet of Ministers' decision has entered into force.")]
    [InlineData("Втрати Збройних сил зменшилися.", "The Armed Forces' losses have decreased.")]
    [InlineData("Про це сказав міський голова Харкова Ігор Терехов.", "This was said by Kharkiv Mayor Ihor Terekhov.")]
    [InlineData("Робітники замінили 12 опор контактної мережі.", "Workers replaced 12 overhead line poles.")]
    public void Run_UkrainianTermRendered_LeavesTheSegmentAlone(string source, string target)
    {
        Assert.Empty(Run(new GlossaryMissingCheck(), Kharkiv, (source, target)));
    }

    [Fact]
    public void Run_ForbiddenRenderingInTarget_LeavesItToTheForbiddenCheck()
    {
        Assert.Empty(Run(new GlossaryMissingCheck(), Nato, ("Об этом заявил Владимир Зеленский.", "This was stated by Vladimir Zelensky.")));
    }

    [Fact]
    public void Run_TermInsideALongerTermWithoutRendering_IsReportedToo()
    {
        var findings = Run(new GlossaryMissingCheck(), Nato, ("Заявление министра обороны Украины.", "A statement by the Kyiv war minister."));

        Assert.Equal(["министра обороны Украины", "Украины"], findings.Select(f => f.Source!.Text));
    }

    [Fact]
    public void Run_NoGlossary_FindsNothing()
    {
        var document = new CheckDocument([new CheckSegment(1, "Об этом заявил Владимир Зеленский.", "Said Vladimir Zelensky.")], "ru", "en");

        Assert.Empty(new GlossaryMissingCheck().Run(new CheckContext(document, null)));
    }
}
