using TranslationReview.Core.Segmentation;

namespace TranslationReview.Core.Tests.Segmentation;

public partial class SrxSegmenterTests
{
    [Theory]
    [InlineData("First line without stop\nSecond line", "en", "First line without stop", "Second line")]
    [InlineData("Mr.\r\nSmith", "en", "Mr.", "Smith")]
    [InlineData("Title\r\n\r\n   \r\nBody text. More.", "de", "Title", "Body text.", "More.")]
    [InlineData("Line one\u2028Line two\u2029Line three", "fr", "Line one", "Line two", "Line three")]
    [InlineData("e.g.\nabc", "xx", "e.g.", "abc")]
    public void Split_LineBreaks_AlwaysEndASegment(string text, string language, params string[] expected) =>
        Assert.Equal(expected, SrxSegmenter.Default.Split(text, language));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n ")]
    public void Split_OnlyWhiteSpace_ReturnsNoSegments(string text) =>
        Assert.Empty(SrxSegmenter.Default.Split(text, "en"));

    [Fact]
    public void Split_SegmentsAreTrimmed()
    {
        var segments = SrxSegmenter.Default.Split("  One sentence.   Another one.  ", "en");

        Assert.Equal(["One sentence.", "Another one."], segments);
    }

    [Fact]
    public void Default_IsCachedInstance() => Assert.Same(SrxSegmenter.Default, SrxSegmenter.Default);
}
