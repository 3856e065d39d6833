using TranslationReview.Web.Components.Shared;

namespace TranslationReview.Web.Tests.Components.Shared;

public sealed class SplitPointsTests
{
    [Fact]
    public void Suggest_TwoSentences_SplitsAfterTheFirst()
    {
        const string text = "Finland joined NATO in April 2023. Sweden followed in March 2024.";

        var offset = SplitPoints.Suggest(text);

        Assert.Equal("Sweden followed in March 2024.", text[offset..]);
    }

    [Fact]
    public void Suggest_OneSentence_SplitsAtAWordBoundaryNearTheMiddle()
    {
        const string text = "The alliance grew by two members";

        var offset = SplitPoints.Suggest(text);

        Assert.Equal(' ', text[offset - 1]);
    }
}
