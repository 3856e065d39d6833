using TranslationReview.Core.Metrics;

namespace TranslationReview.Core.Tests.Metrics;

public class PostEditEffortTests
{
    private static readonly PostEditEffort Effort = new();

    [Theory]
    [InlineData("Kiev is the capital of Ukraine.", "Kiev is the capital of Ukraine.", 6, 6)]
    [InlineData("Kiev is the capital of Ukraine.", "Kyiv is the capital of Ukraine.", 6, 5)]
    [InlineData("Vladimir Zelensky met Annalena Berbock in Kiev.", "Volodymyr Zelensky met Annalena Baerbock in Kyiv.", 7, 4)]
    [InlineData("The NATO Secretary of State arrived.", "The NATO Secretary General arrived.", 6, 4)]
    [InlineData("", "Kyiv.", 0, 0)]
    public void Survival_PostEditedSentence_CountsUnchangedMtWords(string mt, string final, int words, int survived)
    {
        Assert.Equal((words, survived), Effort.Survival(mt, final));
    }

    [Fact]
    public void Measure_Document_SumsWordsAndCountsChangedSegments()
    {
        string[] mt = ["Kiev is the capital.", "The FRG supports Ukraine.", "Talks continue."];
        string[] final = ["Kyiv is the capital.", "Germany supports Ukraine.", "Talks continue."];

        var summary = Effort.Measure(mt, final);

        Assert.Equal(3, summary.Segments);
        Assert.Equal(2, summary.Changed);
        Assert.Equal(1, summary.Unchanged);
        Assert.Equal(4 + 4 + 2, summary.BaseWords);
        Assert.Equal(3 + 2 + 2, summary.SurvivedWords);
        Assert.Equal(70.0, summary.SurvivedPercent, 6);
    }

    [Fact]
    public void Measure_ListsOfDifferentLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => Effort.Measure(["Kiev."], []));
    }

    [Fact]
    public void SurvivedPercent_NoBaseWords_IsHundred()
    {
        Assert.Equal(100.0, Effort.Measure([], []).SurvivedPercent);
    }
}
