using TranslationReview.Core.Checks;

namespace TranslationReview.Core.Tests.Names;

public class NameEstablishedCheckTests
{
    [Theory]
    [InlineData("ru", "Об этом заявила министр иностранных дел Германии Анналена Бербок.", "This was stated by German Foreign Minister Annalena Berbock.", "Berbock", "Baerbock")]
    [InlineData("ru", "Канцлер Олаф Шольц прибыл в Киев.", "Chancellor Olaf Sholts arrived in Kyiv.", "Sholts", "Scholz")]
    [InlineData("uk", "Генсек НАТО Єнс Столтенберг зробив заяву.", "NATO Secretary General Yens Stoltenberg made a statement.", "Yens", "Jens")]
    [InlineData("uk", "Президент Франції Емманюель Макрон зателефонував.", "French President Emmanuel Makron called.", "Makron", "Macron")]
    [InlineData("ru", "Советник Джейк Салливан уверяет, что это не так.", "Adviser Jake Salivan assures that this is not so.", "Salivan", "Sullivan")]
    public void Run_BackTransliteratedForeignName_EstablishedSpellingSuggested(string language, string source, string target, string wrong, string expected)
    {
        var finding = Assert.Single(NameCheckRun.Pair(language, source, target));

        Assert.Equal("name.established", finding.CheckId);
        Assert.Equal(wrong, finding.Target!.Text);
        Assert.Equal(expected, finding.Suggestion);
        Assert.Equal(Severity.Major, finding.Severity);
    }

    [Theory]
    [InlineData("ru", "Анналена Бербок и Олаф Шольц встретились в Брюсселе.", "Annalena Baerbock and Olaf Scholz met in Brussels.")]
    [InlineData("uk", "Урсула фон дер Ляєн і Кая Каллас прибули до Києва.", "Ursula von der Leyen and Kaja Kallas arrived in Kyiv.")]
    [InlineData("ru", "Генсек НАТО Йенс Столтенберг выступил в Вильнюсе.", "NATO Secretary General Jens Stoltenberg spoke in Vilnius.")]
    public void Run_EstablishedSpellings_NoFinding(string language, string source, string target)
    {
        Assert.Empty(NameCheckRun.Pair(language, source, target));
    }

    [Fact]
    public void Run_GlossaryAcceptsTheRendering_NoFinding()
    {
        var glossary = NameCheckRun.Glossary(("Анналена Бербок", "Annalena Berbock"));

        Assert.Empty(NameCheckRun.Pair("ru", "Заявила Анналена Бербок.", "Annalena Berbock said.", glossary));
    }

    [Fact]
    public void Run_NatoSampleMachineTranslation_FindsBerbock()
    {
        var finding = Assert.Single(NameCheckRun.Sample("nato-accession-ru-en", "source.ru.txt", "target.mt.en.txt", "ru"), f => f.CheckId == "name.established");

        Assert.Equal(28, finding.SegmentNumber);
        Assert.Equal("Berbock", finding.Target!.Text);
        Assert.Equal("Бербок", finding.Source!.Text);
        Assert.Equal("Baerbock", finding.Suggestion);
    }
}
