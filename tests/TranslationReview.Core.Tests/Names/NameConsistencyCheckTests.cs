using TranslationReview.Core.Checks;

namespace TranslationReview.Core.Tests.Names;

public class NameConsistencyCheckTests
{
    [Fact]
    public void Run_SameNameTwoSpellings_ReportsBothAndTheSegment()
    {
        var findings = NameCheckRun.Pairs("uk",
        [
            ("Депутат Андрій Мельниченко виступив першим.", "MP Andrii Melnychenko spoke first."),
            ("Мельниченка підтримали колеги.", "Melnychenko was supported by colleagues."),
            ("Пізніше Андрій Мельниченко відповів на запитання.", "Later Andriy Melnychenko answered questions."),
        ]).Where(f => f.CheckId == "name.consistency").ToList();

        var finding = Assert.Single(findings);
        Assert.Equal(3, finding.SegmentNumber);
        Assert.Equal("Andriy", finding.Target!.Text);
        Assert.Equal("Andrii", finding.Suggestion);
        Assert.Equal(Severity.Minor, finding.Severity);
        Assert.Contains("'Andrii' in segment 1", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CaseFormsAndPossessive_CountAsOneRendering()
    {
        var findings = NameCheckRun.Pairs("uk",
        [
            ("Харків готується до зими.", "Kharkiv is preparing for winter."),
            ("Мешканці Харкова отримали генератори.", "Kharkiv's residents received generators."),
            ("У Харкові відкрили пункти незламності.", "Resilience points opened in Kharkiv."),
        ]);

        Assert.Empty(findings);
    }

    [Fact]
    public void Run_SameGivenNameOfDifferentPeople_NotInconsistent()
    {
        var findings = NameCheckRun.Pairs("ru",
        [
            ("Владимир Путин подписал указ.", "Vladimir Putin signed a decree."),
            ("Владимир Зеленский ответил на указ.", "Volodymyr Zelensky responded to the decree."),
        ]);

        Assert.Empty(findings);
    }

    [Fact]
    public void Run_OneRenderingForTwoNames_Reported()
    {
        var findings = NameCheckRun.Pairs("uk",
        [
            ("Обладнання передали з Миколаєва.", "The equipment came from Mykolaiv."),
            ("Друга партія прибула до Миколаївки.", "The second batch arrived in Mykolaiv."),
        ]).Where(f => f.CheckId == "name.consistency").ToList();

        var finding = Assert.Single(findings);
        Assert.Equal(2, finding.SegmentNumber);
        Assert.Equal("Mykolaiv", finding.Target!.Text);
        Assert.Contains("Миколаївки", finding.Message, StringComparison.Ordinal);
        Assert.Equal("Mykolaivka", finding.Suggestion);
    }

    [Fact]
    public void Run_NatoSampleMachineTranslation_VladimirReportedOnceAsTheRussianForm()
    {
        // Volodymyr in paragraph 2, Vladimir in paragraph 4: the transliteration check reports the wrong form, and the
        // consistency check does not report the same word a second time.
        var findings = NameCheckRun.Sample("nato-accession-ru-en", "source.ru.txt", "target.mt.en.txt", "ru").Where(f => f.SegmentNumber == 4).ToList();

        var finding = Assert.Single(findings, f => f.Target?.Text == "Vladimir");
        Assert.Equal(("name.transliteration", "Volodymyr"), (finding.CheckId, finding.Suggestion));
    }

    [Fact]
    public void Run_CorrectedSpellingBesideRussianForms_OnlyTheRussianFormsReported()
    {
        // A translator fixed the first segment; the fix must not be called inconsistent with the errors left behind.
        var findings = NameCheckRun.Pairs("ru",
        [
            ("Переговоры в Киеве закончились поздно.", "The talks in Kyiv ended late."),
            ("Делегация прибыла в Киев утром.", "The delegation arrived in Kiev in the morning."),
            ("Из Киева сообщили о новых ударах.", "Kiev reported new strikes."),
        ]);

        Assert.Equal([(2, "name.transliteration", "Kyiv"), (3, "name.transliteration", "Kyiv")], findings.Select(f => (f.SegmentNumber, f.CheckId, f.Suggestion)));
    }

    [Fact]
    public void Run_NameTheGlossaryCovers_LeftToTheGlossaryChecks()
    {
        var glossary = new TranslationReview.Core.Terminology.Glossary("project", "ru", "en", [new("Киев", ["Kyiv"], ["Kiev"])]);

        var findings = NameCheckRun.Pairs("ru",
        [
            ("Переговоры в Киеве закончились поздно.", "The talks in Kyiv ended late."),
            ("Делегация прибыла в Киев утром.", "The delegation arrived in Kiev in the morning."),
        ], glossary);

        Assert.Empty(findings);
    }
}
