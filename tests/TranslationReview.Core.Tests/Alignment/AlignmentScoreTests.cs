using TranslationReview.Core.Alignment;

namespace TranslationReview.Core.Tests.Alignment;

public class AlignmentScoreTests
{
    [Fact]
    public void Compare_IdenticalBeads_ScoresOneEverywhere()
    {
        var gold = Beads("[0]:[0]", "[1, 2]:[1]", "[]:[2]");

        var score = AlignmentScore.Compare(Beads("[0]:[0]", "[1, 2]:[1]", "[]:[2]"), gold);

        Assert.Equal(1.0, score.Strict.F1);
        Assert.Equal(1.0, score.Lax.F1);
    }

    [Fact]
    public void Compare_MergedBeadInsteadOfTwo_IsLaxHitButStrictMiss()
    {
        var gold = Beads("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]");
        var predicted = Beads("[0]:[0]", "[1, 2]:[1, 2]", "[3]:[3]");

        var score = AlignmentScore.Compare(predicted, gold);

        Assert.Equal(2.0 / 3, score.Strict.Precision, 6);
        Assert.Equal(2.0 / 4, score.Strict.Recall, 6);
        Assert.Equal(1.0, score.Lax.Precision);
        Assert.Equal(1.0, score.Lax.Recall);
    }

    [Fact]
    public void Compare_ShiftedBeadsWithoutCommonLink_AreMissesEvenWhenLax()
    {
        var gold = Beads("[0]:[0]", "[1]:[1]");
        var predicted = Beads("[0]:[]", "[1]:[0]", "[]:[1]");

        var score = AlignmentScore.Compare(predicted, gold);

        Assert.Equal(0.0, score.Strict.F1);
        Assert.Equal(0.0, score.Lax.Precision);
        Assert.Equal(0.0, score.Lax.Recall);
    }

    [Theory]
    [InlineData(1.0, 0.5, 0.6667)]
    [InlineData(0.8, 0.8, 0.8)]
    [InlineData(0.0, 0.0, 0.0)]
    public void F1_PrecisionAndRecall_IsHarmonicMean(double precision, double recall, double f1)
    {
        Assert.Equal(f1, new PrecisionRecall(precision, recall).F1, 4);
    }

    [Fact]
    public void Compare_NoPredictedBeads_ScoresZeroWithoutDividingByZero()
    {
        var score = AlignmentScore.Compare([], Beads("[0]:[0]"));

        Assert.Equal(0.0, score.Strict.Precision);
        Assert.Equal(0.0, score.Strict.Recall);
        Assert.Equal(0.0, score.Lax.F1);
    }

    private static List<Bead> Beads(params string[] notation) => notation.Select(BeadNotation.Parse).ToList();
}
