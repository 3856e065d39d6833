using TranslationReview.Core.Terminology;
using TranslationReview.Core.Terminology.Stemming;

namespace TranslationReview.Core.Tests.Terminology;

public class TermMatcherTests
{
    private static TermMatcher Matcher(string language, params string[] terms) =>
        new(terms.Select((t, i) => new TermPattern(t, i, TermRole.Source)), Stemmers.For(language));

    private static List<string> Found(TermMatcher matcher, string text) =>
        [.. matcher.FindAll(text).Select(m => text.Substring(m.Start, m.Length))];

    [Theory]
    [InlineData("uk", "Кабінет Міністрів", "Рішення Кабінету Міністрів України набуло чинності.", "Кабінету Міністрів")]
    [InlineData("ru", "Министерство обороны", "Об этом сообщили в пресс-службе Министерства обороны России.", "Министерства обороны")]
    [InlineData("uk", "Збройні сили", "Підрозділи Збройних сил України відбили атаку.", "Збройних сил")]
    [InlineData("ru", "Вооружённые силы", "Вооруженными силами РФ командует генштаб.", "Вооруженными силами")]
    [InlineData("ru", "генеральный секретарь НАТО", "Об этом заявил генеральный секретарь НАТО Йенс Столтенберг.", "генеральный секретарь НАТО")]
    [InlineData("ru", "генеральный секретарь НАТО", "Слова генерального секретаря НАТО прозвучали в Брюсселе.", "генерального секретаря НАТО")]
    [InlineData("uk", "Харківська міська рада", "Про це повідомили у Харківській міській раді.", "Харківській міській раді")]
    [InlineData("uk", "вулиця Сумська", "Бібліотека на вулиці Сумській відкриється восени.", "вулиці Сумській")]
    [InlineData("uk", "Північна Салтівка", "Трамвай до Північної Салтівки не ходить з 2022 року.", "Північної Салтівки")]
    [InlineData("uk", "Холодна Гора", "Тролейбусну лінію на Холодній Горі відновлять.", "Холодній Горі")]
    [InlineData("uk", "КП «Міськелектротранс»", "Паралельно КП «Міськелектротранс» відновлює лінію.", "КП «Міськелектротранс»")]
    [InlineData("uk", "обʼїзд", "Детальну схему об’їзду оприлюднено.", "об’їзду")]
    [InlineData("ru", "Верховная Рада", "Спикер ВЕРХОВНОЙ РАДЫ Руслан Стефанчук", "ВЕРХОВНОЙ РАДЫ")]
    [InlineData("ru", "ёлка", "Новогодняя елка на площади", "елка")]
    [InlineData("ru", "Украина", "Президент Украи\u0301ны выступил.", "Украи\u0301ны")]
    public void FindAll_InflectedSourceTerm_IsFoundWithItsOffsets(string language, string term, string text, string expected)
    {
        Assert.Equal([expected], Found(Matcher(language, term), text));
    }

    public static TheoryData<string, string, string> CaseForms() => new()
    {
        { "uk", "Кабінет Міністрів", "Кабінет Міністрів|Кабінету Міністрів|Кабінетові Міністрів|Кабінетом Міністрів|Кабінеті Міністрів" },
        { "uk", "Збройні сили", "Збройні сили|Збройних сил|Збройним силам|Збройними силами|Збройних силах" },
        { "uk", "Харків", "Харків|Харкова|Харкову|Харкові|Харковом" },
        { "uk", "міський голова", "міський голова|міського голови|міському голові|міського голову|міським головою|міському голові|міські голови|міських голів" },
        { "uk", "Ігор Терехов", "Ігор Терехов|Ігоря Терехова|Ігорю Терехову|Ігорем Тереховим|Ігореві Терехову|Ігорі Терехові" },
        { "uk", "Олександр Коваленко", "Олександр Коваленко|Олександра Коваленка|Олександрові Коваленкові|Олександром Коваленком|Олександре Коваленку" },
        { "ru", "Министерство обороны", "Министерство обороны|Министерства обороны|Министерству обороны|Министерством обороны|Министерстве обороны" },
        { "ru", "Владимир Зеленский", "Владимир Зеленский|Владимира Зеленского|Владимиру Зеленскому|Владимиром Зеленским|Владимире Зеленском" },
        { "ru", "Херсонская область", "Херсонская область|Херсонской области|Херсонскую область|Херсонской областью|Херсонскою областью" },
        { "ru", "Соединенные Штаты", "Соединенные Штаты|Соединенных Штатов|Соединенным Штатам|Соединенными Штатами|Соединённых Штатах" },
        { "ru", "Алексей Резников", "Алексей Резников|Алексея Резникова|Алексею Резникову|Алексеем Резниковым|Алексее Резникове" },
        { "ru", "Киев", "Киев|Киева|Киеву|Киевом|Киеве" },
    };

    [Theory]
    [MemberData(nameof(CaseForms))]
    public void FindAll_EveryCaseForm_MatchesTheEntry(string language, string term, string forms)
    {
        var matcher = Matcher(language, term);

        Assert.All(forms.Split('|'), form => Assert.Equal([form], Found(matcher, $"— {form}, сказано в повідомленні.")));
    }

    [Theory]
    [InlineData("ru", "Киев", "Киевский режим и киевляне")]
    [InlineData("ru", "Министерство обороны", "министр обороны заявил")]
    [InlineData("ru", "Министерство обороны", "Министерство иностранных дел и оборона")]
    [InlineData("uk", "Харків", "Харківська область")]
    [InlineData("uk", "Кабінет Міністрів", "міністри зібралися в кабінеті")]
    [InlineData("uk", "Збройні сили", "збройні конфлікти забирають сили")]
    [InlineData("ru", "Украина", "украинский язык")]
    [InlineData("en", "US", "Tell us about it")]
    [InlineData("en", "Kyiv", "Kyivan Rus")]
    [InlineData("en", "head of the Kyiv regime", "head of the Kyiv city administration")]
    public void FindAll_OtherWords_AreNotMatched(string language, string term, string text)
    {
        Assert.Empty(Found(Matcher(language, term), text));
    }

    [Theory]
    [InlineData("Volodymyr Zelensky", "President Volodymyr Zelensky's speech", "Volodymyr Zelensky's")]
    [InlineData("Armed Forces", "the Armed Forces' losses", "Armed Forces'")]
    [InlineData("Armed Forces", "the Armed Forces’ losses", "Armed Forces’")]
    [InlineData("Baltic state", "in the Baltic states", "Baltic states")]
    [InlineData("hostility", "hostilities continued", "hostilities")]
    [InlineData("NATO", "NATO's eastern flank", "NATO's")]
    [InlineData("DPR", "the DPRs and LPRs", "DPRs")]
    [InlineData("US", "US troops", "US")]
    [InlineData("Kiev", "KIEV, March 3", "KIEV")]
    public void FindAll_EnglishPossessivesAndPlurals_MatchTheRendering(string rendering, string text, string expected)
    {
        Assert.Equal([expected], Found(Matcher("en", rendering), text));
    }

    [Fact]
    public void FindAll_NestedTerms_ReturnsBothLongerFirstWithUtf16Offsets()
    {
        var matcher = Matcher("ru", "НАТО", "генеральный секретарь НАТО");
        const string text = "«Мы готовы», — сказал генсек и генеральный секретарь НАТО.";

        var matches = matcher.FindAll(text);

        Assert.Equal(
            [(31, 26, 1), (53, 4, 0)],
            matches.Select(m => (m.Start, m.Length, m.Pattern.EntryIndex)));
        Assert.Equal("генеральный секретарь НАТО", text.Substring(31, 26));
    }

    [Fact]
    public void ForTarget_Glossary_MatchesAcceptedAndForbiddenRenderings()
    {
        var glossary = new Glossary("g", "ru", "en",
        [
            new GlossaryEntry("Киев", ["Kyiv"], ["Kiev"]),
            new GlossaryEntry("Владимир Зеленский", ["Volodymyr Zelensky"], ["Vladimir Zelensky"]),
        ]);

        var matches = TermMatcher.ForTarget(glossary).FindAll("Vladimir Zelensky left Kiev for Kyiv.");

        Assert.Equal(
            [("Vladimir Zelensky", TermRole.Forbidden), ("Kiev", TermRole.Forbidden), ("Kyiv", TermRole.Accepted)],
            matches.Select(m => (m.Pattern.Text, m.Pattern.Role)));
        Assert.Equal(4, TermMatcher.ForTarget(glossary).PatternCount);
    }

    [Fact]
    public void ForSource_Synonyms_AreFoundForTheirEntry()
    {
        var glossary = new Glossary("g", "ru", "en",
            [new GlossaryEntry("генеральный секретарь НАТО", ["NATO Secretary General"], []) { SourceSynonyms = ["генсек НАТО"] }]);

        var match = Assert.Single(TermMatcher.ForSource(glossary).FindAll("Генсек НАТО прибыл в Киев."));

        Assert.Equal(("генсек НАТО", 0, 11), (match.Pattern.Text, match.Start, match.Length));
    }
}
