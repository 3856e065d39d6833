using TranslationReview.Core.Diffing;

namespace TranslationReview.Core.Tests.Diffing;

public class DisagreementAnalyzerTests
{
    private readonly DisagreementAnalyzer _analyzer = new();

    [Fact]
    public void Analyze_EnginesDisagreeOnName_NameMarkedInAllThreeRows()
    {
        string[] versions =
        [
            "President Vladimir Zelensky met Annalena Baerbock in Kyiv.",   // MT engine A
            "President Volodymyr Zelensky met Annalena Berbock in Kyiv.",   // MT engine B
            "President Volodymyr Zelensky met Annalena Baerbock in Kyiv.",  // revision
        ];

        var view = _analyzer.Analyze(versions);

        Assert.Equal(2, view.PivotVersion);
        Assert.Equal(["Vladimir", "Baerbock"], view.Rows[0].Disputed.Select(s => s.Text));
        Assert.Equal(["Volodymyr", "Berbock"], view.Rows[1].Disputed.Select(s => s.Text));
        Assert.Equal(["Volodymyr", "Baerbock"], view.Rows[2].Disputed.Select(s => s.Text));
        Assert.All(view.Rows, r => Assert.Equal(versions[r.Version], string.Concat(r.Spans.Select(s => s.Text))));
        Assert.InRange(view.Score, 0.01, 0.3);
    }

    [Fact]
    public void Analyze_WordAddedByOneVersion_MarkedOnlyThere()
    {
        string[] versions =
        [
            "Министр выступил в Брюсселе.",
            "Министр обороны выступил в Брюсселе.",
            "Министр выступил в Брюсселе.",
        ];

        var view = _analyzer.Analyze(versions);

        Assert.Empty(view.Rows[0].Disputed);
        Assert.Equal(["обороны"], view.Rows[1].Disputed.Select(s => s.Text));
        Assert.Empty(view.Rows[2].Disputed);
        Assert.Equal(0, view.PivotVersion);
    }

    [Fact]
    public void Analyze_DisputedNameOfTwoWords_OneRunWithItsSpace()
    {
        var view = _analyzer.Analyze(["Meeting with Jens Stoltenberg today.", "Meeting with Yens Stoltenberh today.", "Meeting with Jens Stoltenberg today."]);

        Assert.Equal(["Yens Stoltenberh"], view.Rows[1].Disputed.Select(s => s.Text));
        var span = view.Rows[1].Disputed.Single();
        Assert.Equal(13, span.Start);
    }

    [Fact]
    public void Analyze_IdenticalVersions_UnanimousScoreZero()
    {
        var view = _analyzer.Analyze(["Kyiv is the capital.", "Kyiv is the capital.", "Kyiv is the capital."]);

        Assert.True(view.IsUnanimous);
        Assert.Equal(0.0, view.Score);
        Assert.All(view.Rows, r => Assert.Single(r.Spans));
    }

    [Fact]
    public void Analyze_UnrelatedVersions_ScoreOneAllDisputed()
    {
        var view = _analyzer.Analyze(["Guten Morgen", "Bonjour", "Buongiorno a tutti"]);

        Assert.Equal(1.0, view.Score);
        Assert.All(view.Rows, r => Assert.All(r.Spans, s => Assert.True(s.Disputed)));
    }

    [Fact]
    public void Analyze_Segments_ScoreRanksStrongerDisagreementHigher()
    {
        var slight = _analyzer.Analyze(["Talks in Kiev ended.", "Talks in Kyiv ended.", "Talks in Kyiv ended."]);
        var strong = _analyzer.Analyze(["Talks in Kiev ended.", "Negotiations in Kyiv were over.", "The Kyiv talks are finished."]);

        Assert.True(strong.Score > slight.Score, $"{strong.Score} should exceed {slight.Score}");
    }

    [Fact]
    public void Analyze_EmptyVersion_EverythingElseDisputed()
    {
        var view = _analyzer.Analyze(["Kyiv.", "", "Kyiv."]);

        Assert.Empty(view.Rows[1].Spans);
        Assert.Equal(["Kyiv."], view.Rows[0].Disputed.Select(s => s.Text));
    }

    [Fact]
    public void Analyze_NoVersions_Throws()
    {
        Assert.Throws<ArgumentException>(() => _analyzer.Analyze([]));
    }
}
