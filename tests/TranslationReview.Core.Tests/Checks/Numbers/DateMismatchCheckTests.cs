using TranslationReview.Core.Checks;
using TranslationReview.Core.Checks.Numbers;

namespace TranslationReview.Core.Tests.Checks.Numbers;

public class DateMismatchCheckTests
{
    private static readonly string[] English =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] RussianGenitive =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    private static readonly string[] UkrainianGenitive =
        ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"];

    private readonly DateMismatchCheck _check = new();

    public static TheoryData<string, string, string> EveryMonth()
    {
        var data = new TheoryData<string, string, string>();
        for (var m = 0; m < 12; m++)
        {
            data.Add("ru", $"Заседание назначено на 15 {RussianGenitive[m]} 2023 года.", $"The meeting is scheduled for 15 {English[m]} 2023.");
            data.Add("uk", $"Засідання призначено на 15 {UkrainianGenitive[m]} 2023 року.", $"The meeting is scheduled for {English[m]} 15, 2023.");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryMonth))]
    public void Run_EveryMonthConverted_NoFinding(string language, string source, string target) =>
        Assert.Empty(CheckRun.Findings(_check, language, "en", source, target));

    [Theory]
    [MemberData(nameof(EveryMonth))]
    public void Run_EveryMonthWithWrongDay_Flagged(string language, string source, string target) =>
        Assert.Single(CheckRun.Findings(_check, language, "en", source, target.Replace("15", "16", StringComparison.Ordinal)));

    [Theory]
    [InlineData("ru", "30.09.2022 Путин подписал договоры.", "On 30 September 2022 Putin signed the treaties.")]
    [InlineData("ru", "30.09.2022 Путин подписал договоры.", "On September 30, 2022, Putin signed the treaties.")]
    [InlineData("ru", "30.09.2022 Путин подписал договоры.", "On 30/09/2022 Putin signed the treaties.")]
    [InlineData("ru", "30.09.2022 Путин подписал договоры.", "On 09/30/2022 Putin signed the treaties.")]
    [InlineData("ru", "30.09.2022 Путин подписал договоры.", "On 2022-09-30 Putin signed the treaties.")]
    [InlineData("ru", "Ультиматум, выдвинутый 30 сентября.", "The ultimatum put forward on September 30.")]
    [InlineData("ru", "Совет Федерации проголосует 4 октября.", "The Federation Council will vote on October 4.")]
    [InlineData("ru", "Совет Федерации проголосует 4 октября.", "The Federation Council will vote on 4 October.")]
    [InlineData("ru", "Совет Федерации проголосует 4-го октября.", "The Federation Council will vote on the 4th of October.")]
    [InlineData("ru", "Волна поднялась 2 октября в соцсетях.", "The wave rose on Oct. 2 in social networks.")]
    [InlineData("uk", "Рада проголосує 4 жовтня.", "The Rada will vote on October 4.")]
    [InlineData("uk", "Відкрити бібліотеку планують 1 вересня 2027 року.", "The library is scheduled to open on 1 September 2027.")]
    [InlineData("uk", "Лінія не працює з весни 2022 року.", "The line has been out of service since spring 2022.")]
    [InlineData("ru", "В сентябре 2022 года прошли референдумы.", "Referendums were held in September 2022.")]
    [InlineData("ru", "Договор подписан 30 сентября 2022 г.", "The treaty was signed on September 30.")]
    [InlineData("ru", "Форум пройдёт 1–5 сентября.", "The forum will take place on September 1-5.")]
    [InlineData("uk", "Форум триватиме з 1 по 5 вересня.", "The forum will run from 1 to 5 September.")]
    public void Run_DateConvertedCorrectly_NoFinding(string language, string source, string target) =>
        Assert.Empty(CheckRun.Findings(_check, language, "en", source, target));

    [Theory]
    [InlineData("ru", "30.09.2022 Путин подписал договоры.", "On 30 August 2022 Putin signed the treaties.", "30.09.2022", "30 August 2022", "30 September 2022")]
    [InlineData("ru", "30.09.2022 Путин подписал договоры.", "On September 30, 2021, Putin signed the treaties.", "30.09.2022", "September 30, 2021", "September 30, 2022")]
    [InlineData("ru", "Совет Федерации проголосует 4 октября.", "The Federation Council will vote on October 14.", "4 октября", "October 14", "October 4")]
    [InlineData("uk", "Рада проголосує 4 жовтня.", "The Rada will vote on 4 November.", "4 жовтня", "4 November", "4 October")]
    [InlineData("ru", "Совет Федерации проголосует 4 октября 2022 года.", "The Federation Council will vote on 13/04/2022.", "4 октября 2022 года", "13/04/2022", "4 October 2022")]
    public void Run_DateConvertedWrongly_FlagsBothSpansMajor(string language, string source, string target, string sourceText, string targetText, string suggestion)
    {
        var finding = Assert.Single(CheckRun.Findings(_check, language, "en", source, target));

        Assert.Equal(("date.mismatch", IssueCategory.Number, Severity.Major), (finding.CheckId, finding.Category, finding.Severity));
        Assert.Equal((sourceText, targetText), (finding.Source?.Text, finding.Target?.Text));
        Assert.Equal(target.IndexOf(targetText, StringComparison.Ordinal), finding.Target?.Start);
        Assert.Equal(suggestion, finding.Suggestion);
    }

    [Theory]
    [InlineData("Совет Федерации проголосует 04.10.2022.", "The Federation Council will vote on 04/10/2022.")]
    [InlineData("Совет Федерации проголосует 4 октября 2022 года.", "The Federation Council will vote on 10/04/2022.")]
    public void Run_DayAndMonthCanSwapInTarget_MinorLocaleConvention(string source, string target)
    {
        var finding = Assert.Single(CheckRun.Findings(_check, "ru", "en", source, target));

        Assert.Equal((IssueCategory.LocaleConvention, Severity.Minor), (finding.Category, finding.Severity));
        Assert.Equal("4 October 2022", finding.Suggestion);
        Assert.Contains("month as a word", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UsEnglishTarget_SuggestsMonthFirst()
    {
        var finding = Assert.Single(CheckRun.Findings(_check, "ru", "en-US", "Голосование назначено на 04.10.2022.", "The vote is scheduled for 04/10/2022."));

        Assert.Equal("October 4, 2022", finding.Suggestion);
    }

    [Fact]
    public void Run_DateMissingFromTarget_FlagsSourceWithSuggestion()
    {
        var finding = Assert.Single(CheckRun.Findings(_check, "ru", "en",
            "Закон вступит в силу 1 января 2023 года.", "The law will enter into force next year."));

        Assert.Equal("1 января 2023 года", finding.Source?.Text);
        Assert.Null(finding.Target);
        Assert.Equal("1 January 2023", finding.Suggestion);
    }

    [Fact]
    public void Run_SampleTranslations_NoFindings()
    {
        Assert.Empty(CheckRun.Findings(_check, "ru", "en", CheckRun.SamplePairs("nato-accession-ru-en", "source.ru.txt", "target.mt.en.txt")));
        Assert.Empty(CheckRun.Findings(_check, "uk", "en", CheckRun.SamplePairs("kharkiv-uk-en", "source.uk.txt", "target.en.txt")));
    }
}
