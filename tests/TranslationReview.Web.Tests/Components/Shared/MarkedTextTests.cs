using TranslationReview.Core.Checks;
using TranslationReview.Web.Components.Shared;

namespace TranslationReview.Web.Tests.Components.Shared;

public sealed class MarkedTextTests
{
    private static FlagMark Mark(long id, int start, int length) => new(id, start, length, Severity.Major, false, $"flag {id}");

    [Theory]
    // "Foreign Minister Berbock met Stoltenberg." — adjacent, nested and crossing flags.
    [InlineData("Foreign Minister Berbock met Stoltenberg.", 17, 7, 29, 11, "Foreign Minister |[1]Berbock| met |[2]Stoltenberg|.")]
    [InlineData("Foreign Minister Berbock met Stoltenberg.", 0, 24, 8, 8, "[1]Foreign |[1,2]Minister|[1] Berbock| met Stoltenberg.")]
    [InlineData("Foreign Minister Berbock met Stoltenberg.", 8, 16, 17, 11, "Foreign |[1]Minister |[1,2]Berbock|[2] met| Stoltenberg.")]
    [InlineData("FRG and NWO", 0, 3, 3, 5, "[1]FRG|[2] and |NWO")]
    public void Compose_TwoFlags_CutsAtEveryEdge(string text, int start1, int length1, int start2, int length2, string expected)
    {
        var runs = MarkedText.Compose(text, [Mark(1, start1, length1), Mark(2, start2, length2)]);

        Assert.Equal(expected, string.Join('|', runs.Select(r =>
            (r.Marks.Count == 0 ? "" : $"[{string.Join(',', r.Marks.Select(m => m.FlagId))}]") + r.Text)));
        Assert.Equal(text, string.Concat(runs.Select(r => r.Text)));
    }

    [Fact]
    public void Compose_NoFlags_OneRunOfTheWholeText()
    {
        var run = Assert.Single(MarkedText.Compose("Kharkov is shelled.", []));

        Assert.Equal("Kharkov is shelled.", run.Text);
        Assert.Empty(run.Marks);
    }

    [Fact]
    public void Compose_EmptyTarget_NoRuns() => Assert.Empty(MarkedText.Compose("", [Mark(1, 0, 4)]));
}
