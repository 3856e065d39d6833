using TranslationReview.Core.Metrics;

namespace TranslationReview.Core.Tests.Metrics;

public class EditDistanceTests
{
    [Theory]
    [InlineData("Vladimir Zelensky", "Volodymyr Zelensky", 4)] // +o, a→o, i→y, i→y
    [InlineData("Kiev", "Kyiv", 2)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "Lviv", 4)]
    [InlineData("Київ", "Київ", 0)]
    [InlineData("Kyiv", "kyiv", 1)] // case counts
    [InlineData("😀 ok", "😁 ok", 1)] // an astral character is one character
    public void Distance_KnownPairs_CountsCharacterEdits(string first, string second, int expected)
    {
        Assert.Equal(expected, EditDistance.Distance(first, second));
        Assert.Equal(expected, EditDistance.Distance(second, first));
    }

    [Theory]
    [InlineData("Kiev", "Kyiv", 50.0)]
    [InlineData("Vladimir Zelensky", "Volodymyr Zelensky", 77.78)] // 1 − 4/18
    [InlineData("", "", 100.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void Similarity_KnownPairs_IsOneMinusDistanceOverLongerLength(string first, string second, double expected)
    {
        Assert.Equal(expected, EditDistance.Similarity(first, second), 0.01);
    }

    [Fact]
    public void Score_Corpus_WeighsSegmentsByLength()
    {
        var score = new EditDistance().Score(["Kiev", "Volodymyr Zelensky signed the law"], ["Kyiv", "Volodymyr Zelensky signed the law"]);

        Assert.Equal([50.0, 100.0], score.Segments);
        Assert.Equal(100.0 * (1 - (2.0 / 37)), score.Corpus, 0.01);
    }
}
