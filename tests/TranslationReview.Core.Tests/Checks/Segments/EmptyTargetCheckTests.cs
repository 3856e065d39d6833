using TranslationReview.Core.Checks;
using TranslationReview.Core.Checks.Segments;

namespace TranslationReview.Core.Tests.Checks.Segments;

public class EmptyTargetCheckTests
{
    [Theory]
    [InlineData("Детальну схему обʼїзду оприлюднено на офіційному сайті міської ради.", "")]
    [InlineData("Генсек НАТО заявил, что процедура возможна только при консенсусе.", "   ")]
    [InlineData("Решту профінансують із міського бюджету.", "\u00A0\t")]
    public void Run_BlankTargetForSourceText_FlagsMajorOmissionWithSource(string source, string target)
    {
        var finding = Assert.Single(CheckRun.Findings(new EmptyTargetCheck(), "uk", "en", source, target));

        Assert.Equal(("segment.empty", IssueCategory.Omission, Severity.Major), (finding.CheckId, finding.Category, finding.Severity));
        Assert.Equal(source, finding.Source?.Text);
        Assert.Null(finding.Target);
        Assert.Contains("empty", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("  ", "")]
    [InlineData("—", "")]
    [InlineData("Ігор Терехов наголосив, що обидва проєкти є частиною програми.", "Ihor Terekhov stressed that both projects are part of the programme.")]
    public void Run_TranslatedOrNothingToTranslate_NoFinding(string source, string target) =>
        Assert.Empty(CheckRun.Findings(new EmptyTargetCheck(), "uk", "en", source, target));

    [Fact]
    public void Run_SeveralSegments_NumbersEachEmptyOne()
    {
        var findings = CheckRun.Findings(new EmptyTargetCheck(), "ru", "en",
            ("И всё.", "And that's it."),
            ("Нет, конечно, не исключено, что кто-то ещё подпишет это заявление.", ""),
            ("Да, предложение нашло определённую поддержку.", "Yes, the proposal found some support."),
            ("Как и ни одного государства.", ""));

        Assert.Equal([2, 4], findings.Select(f => f.SegmentNumber));
    }
}
