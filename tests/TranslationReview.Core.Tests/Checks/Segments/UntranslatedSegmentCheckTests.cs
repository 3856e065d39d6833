using TranslationReview.Core.Checks;
using TranslationReview.Core.Checks.Segments;

namespace TranslationReview.Core.Tests.Checks.Segments;

public class UntranslatedSegmentCheckTests
{
    private readonly UntranslatedSegmentCheck _check = new();

    [Theory]
    [InlineData("ru", "en", "И всё.", "И всё.")]
    [InlineData("uk", "en", "Решту профінансують із міського бюджету.", "Решту профінансують із міського бюджету.")]
    [InlineData("en", "ru", "The meeting was postponed until next week.", "The meeting was postponed until next week.")]
    [InlineData("en", "uk", "Thank you!", "thank you")]
    [InlineData("ru", "en", "См. с. 5.", "См. с. 5.")]
    public void Run_TargetRepeatsSource_FlagsWholeSegment(string sourceLanguage, string targetLanguage, string source, string target)
    {
        var finding = Assert.Single(CheckRun.Findings(_check, sourceLanguage, targetLanguage, source, target));

        Assert.Equal(("segment.untranslated", IssueCategory.Untranslated, Severity.Major), (finding.CheckId, finding.Category, finding.Severity));
        Assert.Equal(target.Trim(), finding.Target?.Text);
        Assert.Contains("repeats the source", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "en", "NATO", "NATO")]
    [InlineData("ru", "en", "Jens Stoltenberg", "Jens Stoltenberg")]
    [InlineData("uk", "en", "https://kharkiv.rada.gov.ua/news/2027", "https://kharkiv.rada.gov.ua/news/2027")]
    [InlineData("uk", "en", "1562", "1562")]
    [InlineData("de", "fr", "1956), p. 310-329.", "1956, p. 310-329).")]
    [InlineData("uk", "en", "№ 31", "No. 31")]
    [InlineData("ru", "en", "press@mil.gov.ua, +380 44 123 45 67", "press@mil.gov.ua, +380 44 123 45 67")]
    [InlineData("en", "ru", "iPhone 14 Pro", "iPhone 14 Pro")]
    [InlineData("en", "ru", "Microsoft Teams and Google Meet", "Microsoft Teams и Google Meet")]
    [InlineData("uk", "en", "Ігор Терехов", "Ihor Terekhov")]
    public void Run_TextThatStaysTheSame_NoFinding(string sourceLanguage, string targetLanguage, string source, string target) =>
        Assert.Empty(CheckRun.Findings(_check, sourceLanguage, targetLanguage, source, target));

    [Theory]
    [InlineData("Среди них оказались прибалтийские вымираты, которые готовы поддержать любой шаг.",
        "Among them were the прибалтийские вымираты, which are always ready to support any anti-Russian step.", "прибалтийские вымираты")]
    [InlineData("Паралельно КП «Міськелектротранс» відновлює трамвайну лінію.",
        "In parallel, the municipal enterprise Міськелектротранс is restoring the tram line.", "Міськелектротранс")]
    public void Run_CyrillicRunInEnglishTarget_FlagsTheRunMajor(string source, string target, string run)
    {
        var finding = Assert.Single(CheckRun.Findings(_check, "ru", "en", source, target));

        Assert.Equal(Severity.Major, finding.Severity);
        Assert.Equal(run, finding.Target?.Text);
        Assert.Equal(target.IndexOf(run, StringComparison.Ordinal), finding.Target?.Start);
        Assert.Contains("Cyrillic", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CyrillicGlossInBrackets_FlagsMinor()
    {
        var finding = Assert.Single(CheckRun.Findings(_check, "ru", "en",
            "Среди них оказались прибалтийские вымираты.",
            "Among them were the \"Baltic Die-mirates\" (прибалтийские вымираты)."));

        Assert.Equal(Severity.Minor, finding.Severity);
        Assert.Equal("прибалтийские вымираты", finding.Target?.Text);
    }

    [Fact]
    public void Run_MostlyCopiedCyrillic_OneSegmentLevelFinding()
    {
        var target = "Книжковий фонд вдалося зберегти, бо працівники перенесли видання до basement.";

        var finding = Assert.Single(CheckRun.Findings(_check, "uk", "en",
            "Книжковий фонд вдалося зберегти, бо працівники заздалегідь перенесли найцінніші видання до підвалу.", target));

        Assert.Equal(target, finding.Target?.Text);
        Assert.Contains("Most of the target", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The head of the Kyiv regime Volodymyr Zelensky signed the application.",
        "Глава киевского режима Владимир Зеленский подписал заявку (application).")]
    [InlineData("Jake Sullivan said the processes in Brussels need to be launched at another time.",
        "Джейк Салливан заявил, что процессы в Брюсселе нужно запускать в другое время, — сообщает The Washington Post.")]
    public void Run_LatinNamesInCyrillicTarget_NoFinding(string source, string target) =>
        Assert.Empty(CheckRun.Findings(_check, "en", "ru", source, target));

    [Fact]
    public void Run_CopiedEnglishSentenceInRussianTarget_Flagged()
    {
        var finding = Assert.Single(CheckRun.Findings(_check, "en", "ru",
            "Jake Sullivan told reporters in Washington after the meeting that the processes in Brussels need to be launched later.",
            "Джейк Салливан сказал журналистам в Вашингтоне после встречи с союзниками, что the processes in Brussels need to be launched later."));

        Assert.Equal("the processes in Brussels need to be launched later", finding.Target?.Text);
        Assert.Contains("Latin", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SampleTranslation_NoFindings()
    {
        var pairs = CheckRun.SamplePairs("kharkiv-uk-en", "source.uk.txt", "target.en.txt");

        Assert.Empty(CheckRun.Findings(_check, "uk", "en", pairs));
    }
}
