using TranslationReview.Core.Segmentation;

namespace TranslationReview.Core.Tests.Segmentation;

public class PatternBoundaryTests
{
    [Theory]
    [InlineData(@"(?:\bMr\.)", @"\.", @"M")]
    [InlineData(@"(?:[.?!]+[""»]*)", @"[""»]|[.?!]", @"[.?!]")]
    [InlineData(@"(?:(?<![\d.])\d{1,3}\.)", @"\.", @"\d")]
    [InlineData(@"(?:\s+(?:[«„]\s?)*\p{Lu})", @"\p{Lu}", @"\s")]
    [InlineData(@"(?:a|bc)", "a|c", "a|b")]
    public void Boundaries_AnalysablePattern_NameTheEdgeCharacters(string pattern, string last, string first)
    {
        Assert.Equal(last, PatternBoundary.LastCharacter(pattern));
        Assert.Equal(first, PatternBoundary.FirstCharacter(pattern));
    }

    [Theory]
    [InlineData(@"(?:a*)")]
    [InlineData(@"(?:.+x.+)")]
    [InlineData(@"(?:(?i)end)")]
    [InlineData(@"(?:(a)\1)")]
    [InlineData(@"")]
    public void Boundaries_PatternTheAnalysisCannotSeeThrough_AreUnknown(string pattern)
    {
        Assert.Null(PatternBoundary.LastCharacter(pattern));
        Assert.Null(PatternBoundary.FirstCharacter(pattern));
    }

    [Fact]
    public void Materialize_Classes_ListEveryMatchingCharacter()
    {
        var set = PatternBoundary.Materialize([@"[.?!]", @"\p{Pf}"]);

        Assert.NotNull(set);
        Assert.True(set.Contains('?'));
        Assert.True(set.Contains('»'));
        Assert.False(set.Contains('a'));
    }
}
