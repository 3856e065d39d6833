using TranslationReview.Core.Checks;
using TranslationReview.Core.Checks.Numbers;

namespace TranslationReview.Core.Tests.Checks.Numbers;

public class NumberMismatchCheckTests
{
    private readonly NumberMismatchCheck _check = new();

    [Theory]
    [InlineData("uk", "en", "За його словами, ремонт коштуватиме 48 мільйонів гривень.", "According to him, the repairs will cost UAH 48 million.")]
    [InlineData("ru", "en", "Бюджет программы составит 1 000 000 рублей.", "The programme's budget will be 1,000,000 roubles.")]
    [InlineData("ru", "en", "Бюджет программы составит 1\u00A0000\u00A0000 рублей.", "The programme's budget will be 1 million roubles.")]
    [InlineData("uk", "en", "Робітники вже замінили 3,5 кілометра рейок і 12 опор.", "Workers have already replaced 3.5 kilometres of track and 12 poles.")]
    [InlineData("ru", "en", "США выделят Украине ещё 84 млн долларов.", "The US will give Ukraine another $84m.")]
    [InlineData("ru", "en", "Инфляция в сентябре выросла на 12,5%.", "Inflation rose by 12.5 percent in September.")]
    [InlineData("ru", "en", "Во 2-й батальон прибыло пополнение.", "Reinforcements arrived in the 2nd battalion.")]
    [InlineData("ru", "en", "Во 2-й батальон прибыло пополнение.", "Reinforcements arrived in the second battalion.")]
    [InlineData("ru", "en", "Программа рассчитана на 2022–2023 годы.", "The programme covers 2022-23.")]
    [InlineData("uk", "en", "На час робіт рух на трьох перехрестях обмежать.", "During the works, traffic at 3 intersections will be restricted.")]
    [InlineData("ru", "en", "Консенсус нужен со стороны всех 30 стран — членов альянса.", "Consensus of all 30 member countries of the alliance is needed.")]
    [InlineData("ru", "en", "Польша передала два истребителя F-16.", "Poland handed over two F-16 fighters.")]
    [InlineData("ru", "en", "На митинг пришли около 5 тыс. человек.", "About 5,000 people came to the rally.")]
    [InlineData("ru", "en", "ЕС выделит 1,5 млрд евро.", "The EU will allocate EUR 1.5 billion.")]
    [InlineData("uk", "en", "Автобусний маршрут № 31 курсуватиме обʼїзним маршрутом.", "Bus route No. 31 will follow a diversion route.")]
    [InlineData("uk", "en", "Телефонуйте на гарячу лінію за номером 1562 о 10:30.", "Call the hotline on 1562 at 10:30.")]
    [InlineData("ru", "en", "Армия получила Су-35 и ещё четыре самолёта.", "The army received a Su-35 and 4 more aircraft.")]
    [InlineData("en", "ru", "The city received 2 million dollars.", "Город получил два миллиона долларов.")]
    [InlineData("en", "uk", "Workers replaced 3.5 kilometres of track.", "Робітники замінили 3,5 кілометра рейок.")]
    [InlineData("en", "ru", "About 5,000 people came.", "Пришли около 5000 человек.")]
    [InlineData("ru", "en", "Это крупнейший кризис XXI века.", "This is the largest crisis of the 21st century.")]
    [InlineData("ru", "en", "Цены выросли в 2 раза.", "Prices doubled.")]
    [InlineData("ru", "en", "Заседание начнётся в 10.30 по Москве.", "The meeting will begin at 10:30 Moscow time.")]
    [InlineData("ru", "en", "Матч завершился со счётом 3:1.", "The match ended 3-1.")]
    [InlineData("ru", "en", "Форум пройдёт 1–5 сентября.", "The forum will take place on September 1-5.")]
    public void Run_NumbersConvertedCorrectly_NoFinding(string sourceLanguage, string targetLanguage, string source, string target) =>
        Assert.Empty(CheckRun.Findings(_check, sourceLanguage, targetLanguage, source, target));

    [Theory]
    [InlineData("uk", "en", "За його словами, ремонт коштуватиме 48 мільйонів гривень.", "According to him, the repairs will cost UAH 84 million.",
        "48 мільйонів", "84 million", "48 million")]
    [InlineData("ru", "en", "В результате обстрела погибли 12 человек.", "21 people were killed in the shelling.", "12", "21", "12")]
    [InlineData("ru", "en", "На программу выделено 300 млн рублей.", "300 billion roubles have been allocated to the programme.",
        "300 млн", "300 billion", "300 million")]
    [InlineData("ru", "en", "Рост составил 3,5%.", "Growth was 35%.", "3,5%", "35%", "3.5%")]
    [InlineData("en", "ru", "The EU will allocate EUR 1.5 billion.", "ЕС выделит 15 млрд евро.", "1.5 billion", "15 млрд", "1,5 млрд")]
    [InlineData("ru", "en", "На митинг пришли около 5 тыс. человек.", "About 50,000 people came to the rally.", "5 тыс.", "50,000", "5,000")]
    [InlineData("uk", "en", "Засідання розпочнеться о 10:30.", "The meeting will begin at 11:30.", "10:30", "11:30", "10:30")]
    public void Run_NumberChanged_FlagsBothSpansWithSuggestion(string sourceLanguage, string targetLanguage, string source, string target,
        string sourceText, string targetText, string suggestion)
    {
        var finding = Assert.Single(CheckRun.Findings(_check, sourceLanguage, targetLanguage, source, target));

        Assert.Equal(("number.mismatch", IssueCategory.Number, Severity.Major), (finding.CheckId, finding.Category, finding.Severity));
        Assert.Equal(sourceText, finding.Source?.Text);
        Assert.Equal(source.IndexOf(sourceText, StringComparison.Ordinal), finding.Source?.Start);
        Assert.Equal(targetText, finding.Target?.Text);
        Assert.Equal(target.IndexOf(targetText, StringComparison.Ordinal), finding.Target?.Start);
        Assert.Equal(suggestion, finding.Suggestion);
    }

    [Fact]
    public void Run_NumberMissingFromTarget_FlagsSourceSpan()
    {
        var finding = Assert.Single(CheckRun.Findings(_check, "ru", "en",
            "В 2023 году в регионе построили 15 школ.", "In 2023, schools were built in the region."));

        Assert.Equal("15", finding.Source?.Text);
        Assert.Null(finding.Target);
        Assert.Contains("missing", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NumberAddedInTarget_FlagsTargetSpan()
    {
        var finding = Assert.Single(CheckRun.Findings(_check, "ru", "en",
            "Столтенберг выступил в Брюсселе.", "Stoltenberg spoke in Brussels at 11 o'clock."));

        Assert.Null(finding.Source);
        Assert.Equal("11", finding.Target?.Text);
        Assert.Contains("not in the source", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("uk", "en", "Робітники вже замінили 3,5 кілометра рейок.", "Workers have already replaced 3,5 kilometres of track.", "3,5", "3.5")]
    [InlineData("en", "ru", "The route is 3.5 km long.", "Длина маршрута — 3.5 км.", "3.5", "3,5")]
    public void Run_DecimalMarkOfOtherLanguage_MinorLocaleConvention(string sourceLanguage, string targetLanguage, string source, string target,
        string targetText, string suggestion)
    {
        var finding = Assert.Single(CheckRun.Findings(_check, sourceLanguage, targetLanguage, source, target));

        Assert.Equal((IssueCategory.LocaleConvention, Severity.Minor), (finding.Category, finding.Severity));
        Assert.Equal(targetText, finding.Target?.Text);
        Assert.Equal(suggestion, finding.Suggestion);
    }

    [Fact]
    public void Run_DatesInBothTexts_LeftToTheDateCheck() =>
        Assert.Empty(CheckRun.Findings(_check, "ru", "en", "30.09.2022 Путин подписал указ.", "On 30 August 2022 Putin signed the decree."));

    [Fact]
    public void Run_SampleTranslations_OnlyThePlantedChange()
    {
        var kharkiv = CheckRun.Findings(_check, "uk", "en", CheckRun.SamplePairs("kharkiv-uk-en", "source.uk.txt", "target.en.txt"));
        var nato = CheckRun.Findings(_check, "ru", "en", CheckRun.SamplePairs("nato-accession-ru-en", "source.ru.txt", "target.mt.en.txt"));

        var finding = Assert.Single(kharkiv);
        Assert.Equal((3, "48 мільйонів", "84 million"), (finding.SegmentNumber, finding.Source?.Text, finding.Target?.Text));
        Assert.Empty(nato);
    }
}
