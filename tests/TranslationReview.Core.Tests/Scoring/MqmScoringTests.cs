using TranslationReview.Core.Checks;
using TranslationReview.Core.Scoring;

namespace TranslationReview.Core.Tests.Scoring;

public class MqmScoringTests
{
    [Theory]
    [InlineData(Severity.Neutral, 0)]
    [InlineData(Severity.Minor, 1)]
    [InlineData(Severity.Major, 5)]
    [InlineData(Severity.Critical, 25)]
    public void Multiplier_EachSeverity_MqmWeight(Severity severity, int expected) =>
        Assert.Equal(expected, MqmScoring.Multiplier(severity));

    [Fact]
    public void Score_TwoMajorErrorsIn123Words_Quality91Point9()
    {
        // "Vladimir Zelensky" (name, major) and "UAH 84 million" for 48 (number, major): penalty 10 over 123 words.
        var score = MqmScoring.Score([new(IssueCategory.Name, Severity.Major), new(IssueCategory.Number, Severity.Major)], 123);

        Assert.Equal(10, score.Penalty);
        Assert.Equal(91.9, Math.Round(score.Quality, 1));
        Assert.Equal(81.3, Math.Round(score.PenaltyPerThousandWords, 1));
        Assert.Equal(2, score.ErrorCount);
    }

    [Theory]
    [InlineData(new[] { Severity.Minor }, 200, 1, 99.5, 5.0)]
    [InlineData(new[] { Severity.Minor, Severity.Minor, Severity.Major }, 1000, 7, 99.3, 7.0)]
    [InlineData(new[] { Severity.Critical }, 250, 25, 90.0, 100.0)]
    [InlineData(new[] { Severity.Neutral, Severity.Neutral }, 50, 0, 100.0, 0.0)]
    [InlineData(new[] { Severity.Critical, Severity.Critical }, 40, 50, -25.0, 1250.0)]
    public void Score_Errors_PenaltyQualityAndPerThousand(Severity[] severities, int words, int penalty, double quality, double perThousand)
    {
        var score = MqmScoring.Score(severities.Select(s => new MqmError(IssueCategory.Mistranslation, s)), words);

        Assert.Equal(penalty, score.Penalty);
        Assert.Equal(quality, Math.Round(score.Quality, 1));
        Assert.Equal(perThousand, Math.Round(score.PenaltyPerThousandWords, 1));
    }

    [Fact]
    public void Score_MixedErrors_CountsByCategoryAndSeverity()
    {
        MqmError[] errors =
        [
            new(IssueCategory.Name, Severity.Major),
            new(IssueCategory.Name, Severity.Major),
            new(IssueCategory.Name, Severity.Minor),
            new(IssueCategory.Title, Severity.Critical),
            new(IssueCategory.LocaleConvention, Severity.Neutral),
        ];

        var score = MqmScoring.Score(errors, 500);

        Assert.Equal(2, score.Counts[(IssueCategory.Name, Severity.Major)]);
        Assert.Equal(1, score.Counts[(IssueCategory.Name, Severity.Minor)]);
        Assert.Equal(1, score.Counts[(IssueCategory.Title, Severity.Critical)]);
        Assert.Equal(1, score.Counts[(IssueCategory.LocaleConvention, Severity.Neutral)]);
        Assert.False(score.Counts.ContainsKey((IssueCategory.Title, Severity.Major)));
        Assert.Equal(5, score.ErrorCount);
        Assert.Equal(36, score.Penalty);
    }

    [Theory]
    [InlineData(90.0, true)]
    [InlineData(91.86, true)]
    [InlineData(91.9, false)]
    [InlineData(95.0, false)]
    public void Passes_Threshold_ComparesUnroundedQuality(double threshold, bool passes)
    {
        var score = MqmScoring.Score([new(IssueCategory.Name, Severity.Major), new(IssueCategory.Name, Severity.Major)], 123);

        Assert.Equal(passes, score.Passes(threshold));
    }

    [Fact]
    public void Score_NoWordsNoErrors_PerfectAndPasses()
    {
        var score = MqmScoring.Score([], 0);

        Assert.Equal((100.0, 0.0), (score.Quality, score.PenaltyPerThousandWords));
        Assert.True(score.Passes(99));
    }

    [Fact]
    public void Score_NoWordsButErrors_ZeroQuality()
    {
        var score = MqmScoring.Score([new(IssueCategory.Omission, Severity.Minor)], 0);

        Assert.Equal(0, score.Quality);
        Assert.False(score.Passes(50));
    }

    [Fact]
    public void Score_NegativeWordCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MqmScoring.Score([], -1));

    [Theory]
    [InlineData("Ukraine's entry into NATO — under an accelerated procedure.", 8)]
    [InlineData("«Бібліотека — це не лише книжки», — сказав Ігор Терехов.", 8)]
    [InlineData("Схему обʼїзду оприлюднено 30.09.2022 на сайті.", 6)]
    [InlineData("  ", 0)]
    public void CountWords_Text_WordTokensOnly(string text, int words) =>
        Assert.Equal(words, MqmScoring.CountWords(text));
}
