using TranslationReview.Core.Checks;

namespace TranslationReview.Core.Tests.Names;

public class NameTransliterationCheckTests
{
    [Theory]
    [InlineData("Міський голова Харкова Ігор Терехов відкрив бібліотеку.", "Kharkov Mayor Ihor Terekhov opened the library.", "Kharkov", "Kharkiv")]
    [InlineData("Обладнання передали колеги з Миколаєва.", "The equipment was donated by colleagues from Nikolaev.", "Nikolaev", "Mykolaiv")]
    [InlineData("Директор Олександр Коваленко попросив мешканців потерпіти.", "Director Aleksandr Kovalenko asked residents to be patient.", "Aleksandr", "Oleksandr")]
    [InlineData("Директор Олександр Коваленко попросив мешканців потерпіти.", "Director Alexander Kovalenko asked residents to be patient.", "Alexander", "Oleksandr")]
    [InlineData("Ігор Терехов наголосив, що проєкти важливі.", "Igor Terekhov stressed that the projects matter.", "Igor", "Ihor")]
    [InlineData("Делегація прибула до Одеси у вівторок.", "The delegation arrived in Odessa on Tuesday.", "Odessa", "Odesa")]
    [InlineData("Фестиваль пройде у Львові.", "The festival will be held in Lvov's old town.", "Lvov", "Lviv")]
    [InlineData("Депутат Олег Ляшко виступив у Раді.", "MP Oleg Lyashko spoke in the Rada.", "Oleg", "Oleh")]
    [InlineData("Потяг прямує до Чугуєва через Харків.", "The train runs to Chuguev via Kharkiv.", "Chuguev", "Chuhuiv")]
    [InlineData("Кривий Ріг зазнав атаки.", "Krivoy Rih came under attack.", "Krivoy", "Kryvyi")]
    [InlineData("Прем'єр-міністр Денис Шмигаль провів нараду.", "Prime Minister Denys Shmygal held a meeting.", "Shmygal", "Shmyhal")]
    [InlineData("Нова школа відкрилася у Новоукраїнці.", "A new school opened in Novoukrainka.", null, null)]
    public void Run_UkrainianSource_RussianFormFlaggedWithKmuSuggestion(string source, string target, string? wrong, string? expected)
    {
        var findings = NameCheckRun.Pair("uk", source, target).Where(f => f.CheckId == "name.transliteration").ToList();

        if (wrong is null)
        {
            Assert.Empty(findings);
            return;
        }

        var finding = Assert.Single(findings);
        Assert.Equal(wrong, finding.Target!.Text);
        Assert.Equal(expected, finding.Suggestion);
        Assert.Equal(Severity.Major, finding.Severity);
        Assert.Equal(IssueCategory.Name, finding.Category);
        Assert.Equal(target.IndexOf(wrong, StringComparison.Ordinal), finding.Target.Start);
    }

    [Theory]
    [InlineData("Правда, лишь в виде холодного душа для Владимира Зеленского.", "True, only as a cold shower for Vladimir Zelensky.", "Vladimir", "Volodymyr")]
    [InlineData("Российские войска отошли от Запорожья.", "Russian troops withdrew from Zaporozhye.", "Zaporozhye", "Zaporizhzhia")]
    [InlineData("Переговоры прошли в Киеве.", "The talks took place in Kiev.", "Kiev", "Kyiv")]
    [InlineData("Заявление сделал Киев.", "KIEV made the statement.", "KIEV", "KYIV")]
    [InlineData("В Харькове снова прозвучали взрывы.", "Explosions were heard again in Kharkov's centre.", "Kharkov", "Kharkiv")]
    [InlineData("Депутат Александр Гончаренко выступил в Раде.", "MP Oleksandr Goncharenko spoke in the Rada.", "Goncharenko", "Honcharenko")]
    [InlineData("Депутат Александр Гончаренко выступил в Раде.", "MP Alexander Honcharenko spoke in the Rada.", "Alexander", "Oleksandr")]
    public void Run_RussianSourceNamingUkraine_RussianFormFlagged(string source, string target, string wrong, string expected)
    {
        var finding = Assert.Single(NameCheckRun.Pair("ru", source, target), f => f.CheckId == "name.transliteration");

        Assert.Equal(wrong, finding.Target!.Text);
        Assert.Equal(expected, finding.Suggestion);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("uk", "Міський голова Харкова Ігор Терехов відвідав Салтівку.", "Kharkiv Mayor Ihor Terekhov visited Saltivka.")]
    [InlineData("uk", "Володимир Зеленський прибув до Одеси.", "Volodymyr Zelenskyy arrived in Odesa.")]
    [InlineData("uk", "Володимир Зеленський прибув до Запоріжжя.", "Volodymyr Zelenskyi arrived in Zaporizhzhia.")]
    [InlineData("uk", "Віталій Кличко зустрівся з Володимиром Кличком у Києві.", "Vitali Klitschko met Wladimir Klitschko in Kyiv.")]
    [InlineData("uk", "Володимир Путін і Сергій Лавров прилетіли до Мінська.", "Vladimir Putin and Sergei Lavrov flew to Minsk.")]
    [InlineData("uk", "Олександр Лукашенко зустрівся з делегацією в Ризі.", "Alexander Lukashenko met the delegation in Riga.")]
    [InlineData("uk", "Спікер Руслан Стефанчук підписав закон.", "Speaker Ruslan Stefanchuk signed the law.")]
    [InlineData("uk", "Міністр прилетів до Мадрида, а потім до Гданська.", "The minister flew to Madrid and then to Gdansk.")]
    [InlineData("uk", "Юлія Тимошенко і Наталія Гончаренко проголосували проти.", "Yulia Tymoshenko and Natalia Honcharenko voted against.")]
    [InlineData("uk", "Баржі пройшли Дніпром повз Кременчук.", "The barges sailed down the Dnieper past Kremenchuk.")]
    [InlineData("uk", "Генеральний секретар ООН Антоніу Гутерреш відвідав Бучу та Ірпінь.", "UN Secretary-General Antonio Guterres visited Bucha and Irpin.")]
    [InlineData("uk", "Дмитро Рогозін заявив про нові погрози.", "Dmitry Rogozin announced new threats.")]
    [InlineData("ru", "Владимир Путин встретился с Сергеем Лавровым в Москве.", "Vladimir Putin met Sergei Lavrov in Moscow.")]
    [InlineData("ru", "Глава киевского режима Владимир Зеленский прибыл в Харьков.", "The head of the Kyiv regime Volodymyr Zelensky arrived in Kharkiv.")]
    [InlineData("ru", "Дмитрий Песков прокомментировал слова Алексея Резникова.", "Dmitry Peskov commented on the words of Oleksii Reznikov.")]
    [InlineData("ru", "Сергей Шойгу прибыл в Ростов-на-Дону.", "Sergey Shoigu arrived in Rostov-on-Don.")]
    [InlineData("ru", "Губернатор Белгородской области Вячеслав Гладков сообщил об обстреле.", "Belgorod Region Governor Vyacheslav Gladkov reported shelling.")]
    [InlineData("ru", "Андрей Ермак и Кирилл Буданов прибыли в Днепр.", "Andriy Yermak and Kyrylo Budanov arrived in Dnipro.")]
    [InlineData("ru", "Иван Петров, житель Твери, рассказал о жизни.", "Ivan Petrov, a resident of Tver, spoke about life.")]
    public void Run_CorrectRenderings_NoNameFinding(string language, string source, string target)
    {
        Assert.Empty(NameCheckRun.Pair(language, source, target));
    }

    [Fact]
    public void Run_GlossaryHasTheName_GlossaryOverridesTheCheck()
    {
        var glossary = NameCheckRun.Glossary(("Харків", "Kharkov"));

        var findings = NameCheckRun.Pair("uk", "Делегація прибула до Харкова.", "The delegation arrived in Kharkov.", glossary);

        Assert.Empty(findings);
    }

    [Fact]
    public void Run_NatoSampleMachineTranslation_FindsRussianFormsOfUkrainianNames()
    {
        var findings = NameCheckRun.Sample("nato-accession-ru-en", "source.ru.txt", "target.mt.en.txt", "ru")
            .Where(f => f.CheckId == "name.transliteration").ToList();

        Assert.Contains(findings, f => f.SegmentNumber == 1 && f.Target!.Text == "Zaporozhye" && f.Suggestion == "Zaporizhzhia");
        Assert.Contains(findings, f => f.SegmentNumber == 4 && f.Target!.Text == "Vladimir" && f.Suggestion == "Volodymyr");
        Assert.DoesNotContain(findings, f => f.SegmentNumber is 1 or 16 && f.Target!.Text == "Vladimir");
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void Run_NatoSampleWithKievForKyiv_EveryKievFoundWithoutGlossary()
    {
        // The seed MT writes Kyiv; an engine that writes Kiev must be caught in every paragraph that has it.
        var findings = NameCheckRun.Sample("nato-accession-ru-en", "source.ru.txt", "target.mt.en.txt", "ru", t => t.Replace("Kyiv", "Kiev", StringComparison.Ordinal))
            .Where(f => f.CheckId == "name.transliteration" && f.Target!.Text == "Kiev").ToList();

        Assert.Equal([1, 2, 5, 20, 21, 31, 37, 40], findings.Select(f => f.SegmentNumber));
        Assert.All(findings, f => Assert.Equal("Kyiv", f.Suggestion));
    }

    [Fact]
    public void Run_KharkivSampleTranslation_FindsEveryRussianForm()
    {
        var findings = NameCheckRun.Sample("kharkiv-uk-en", "source.uk.txt", "target.en.txt", "uk")
            .Where(f => f.CheckId == "name.transliteration").Select(f => (f.SegmentNumber, f.Target!.Text, f.Suggestion)).ToList();

        Assert.Equal([(4, "Kharkov", "Kharkiv"), (5, "Nikolaev", "Mykolaiv"), (7, "Aleksandr", "Oleksandr"), (8, "Igor", "Ihor")], findings);
    }

    [Theory]
    [InlineData("nato-accession-ru-en", "source.ru.txt", "ru")]
    [InlineData("kharkiv-uk-en", "source.uk.txt", "uk")]
    public void Run_CorrectedSampleTranslations_NoNameFinding(string sample, string source, string language)
    {
        Assert.Empty(NameCheckRun.Sample(sample, source, "target.corrected.en.txt", language));
    }
}
