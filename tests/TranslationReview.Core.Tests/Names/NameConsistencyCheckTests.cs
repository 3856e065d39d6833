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
            ("Пізніше Андрій Мельниченко відповів на запитання.", "Later Andrii Melnichenko answered questions."),
        ]).Where(f => f.CheckId == "name.consistency").ToList();

        var finding = Assert.Single(findings);
        Assert.Equal(3, finding.SegmentNumber);
        Assert.Equal("Melnichenko", finding.Target!.Text);
        Assert.Equal("Melnychenko", finding.Suggestion);
        Assert.Equal(Severity.Minor, finding.Severity);
        Assert.Contains("'Melnychenko' in segment 1", finding.Message, StringComparison.Ordinal);
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
    public void Run_NatoSampleMachineTranslation_VolodymyrThenVladimirReported()
    {
        var finding = Assert.Single(NameCheckRun.Sample("nato-accession-ru-en", "source.ru.txt", "target.mt.en.txt", "ru"), f => f.CheckId == "name.consistency");

        Assert.Equal(4, finding.SegmentNumber);
        Assert.Equal("Vladimir", finding.Target!.Text);
        Assert.Contains("'Volodymyr' in segment 2", finding.Message, StringComparison.Ordinal);
    }
}
