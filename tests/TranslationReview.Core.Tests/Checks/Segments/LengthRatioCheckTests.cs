using TranslationReview.Core.Checks;
using TranslationReview.Core.Checks.Segments;

namespace TranslationReview.Core.Tests.Checks.Segments;

public class LengthRatioCheckTests
{
    private readonly LengthRatioCheck _check = new();

    [Fact]
    public void Run_KharkivSampleWithOmittedSentenceInTwoToOneSegment_FlagsThatSegmentOnly()
    {
        // ¶7 of the sample lost "Детальну схему обʼїзду оприлюднено на офіційному сайті міської ради."; aligned 2-1 with
        // the next sentence, the segment keeps two source sentences and one target sentence.
        var pairs = CheckRun.SamplePairs("kharkiv-uk-en", "source.uk.txt", "target.en.txt");
        pairs[6] = ("Детальну схему обʼїзду оприлюднено на офіційному сайті міської ради. "
            + "Олександр Коваленко попросив мешканців Салтівки з розумінням поставитися до тимчасових незручностей.",
            "Aleksandr Kovalenko asked Saltivka residents to be understanding about the temporary inconvenience.");

        var finding = Assert.Single(CheckRun.Findings(_check, "uk", "en", pairs));

        Assert.Equal((7, IssueCategory.Omission, Severity.Minor), (finding.SegmentNumber, finding.Category, finding.Severity));
        Assert.Equal(pairs[6].Target, finding.Target?.Text);
    }

    [Theory]
    [InlineData("kharkiv-uk-en", "source.uk.txt", "target.corrected.en.txt", "uk")]
    [InlineData("nato-accession-ru-en", "source.ru.txt", "target.corrected.en.txt", "ru")]
    [InlineData("nato-accession-ru-en", "source.ru.txt", "target.mt.en.txt", "ru")]
    public void Run_CompleteTranslations_NoFindings(string sample, string source, string target, string language) =>
        Assert.Empty(CheckRun.Findings(_check, language, "en", CheckRun.SamplePairs(sample, source, target)));

    [Theory]
    [InlineData("Ракетный удар пришёлся по энергетической инфраструктуре города, без света остались тысячи семей.",
        "The missile strike hit the city.", Severity.Major)]
    [InlineData("Ракетный удар пришёлся по энергетической инфраструктуре города, без света остались тысячи семей.",
        "The missile strike hit the city's energy infrastructure.", Severity.Minor)]
    public void Run_ShortDocumentWithTruncatedTarget_UsesLanguagePairNorm(string source, string target, Severity severity)
    {
        var finding = Assert.Single(CheckRun.Findings(_check, "ru", "en", source, target));

        Assert.Equal(severity, finding.Severity);
        Assert.Equal(target, finding.Target?.Text);
        Assert.Contains("omitted", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("И всё.", "And.")]
    [InlineData("Да, это так.", "Yes.")]
    public void Run_ShortSegments_NotJudged(string source, string target) =>
        Assert.Empty(CheckRun.Findings(_check, "ru", "en", source, target));

    [Fact]
    public void Run_TargetFarLongerThanSource_FlagsMinorAddition()
    {
        var finding = Assert.Single(CheckRun.Findings(_check, "uk", "en",
            "Наступного року місто планує відремонтувати ще дві бібліотеки.",
            "Next year the city plans to repair two more libraries. The mayor added that the work would be financed by international partners and "
            + "that residents should follow the announcements on the city council's official website for the detailed schedule."));

        Assert.Equal((IssueCategory.Addition, Severity.Minor), (finding.Category, finding.Severity));
    }

    [Fact]
    public void Run_DocumentWithLongerTargetsThanUsual_UsesItsOwnMedian()
    {
        // A translator who expands every sentence by about 60% sets the norm: the last target, of a usual length for the
        // language pair, is short for this document.
        const string Source = "Будівля бібліотеки постраждала від обстрілу навесні, вибухова хвиля вибила вікна.";
        const string Expanded = "The library building was badly damaged by the shelling that hit the district in the spring, "
            + "and the blast wave blew out many of its windows.";
        var pairs = Enumerable.Repeat((Source, Expanded), 9).Append((Source, "The library building was damaged by shelling in spring and lost its windows.")).ToArray();

        var finding = Assert.Single(CheckRun.Findings(_check, "uk", "en", pairs));

        Assert.Equal(10, finding.SegmentNumber);
    }

    [Fact]
    public void Run_TargetWithoutSource_FlagsMinorAddition()
    {
        var findings = CheckRun.Findings(_check, "uk", "en",
            ("Ігор Терехов наголосив, що обидва проєкти є частиною програми.", "Ihor Terekhov stressed that both projects are part of the programme."),
            ("", "The mayor thanked the international partners for their support."),
            ("", "Yes."));

        var finding = Assert.Single(findings);
        Assert.Equal((2, IssueCategory.Addition, Severity.Minor), (finding.SegmentNumber, finding.Category, finding.Severity));
        Assert.Contains("source is empty", finding.Message, StringComparison.Ordinal);
    }
}
