using TranslationReview.Core.Formats.PlainText;

namespace TranslationReview.Core.Tests.Formats.PlainText;

public class LineSegmenterTests
{
    [Theory]
    [InlineData("Dr. Smith arrived. He sat down.", new[] { "Dr. Smith arrived. He sat down." })]
    [InlineData("First sentence.\nSecond sentence.", new[] { "First sentence.", "Second sentence." })]
    [InlineData("  Indented line  \r\n\r\n\tTabbed line\r", new[] { "Indented line", "Tabbed line" })]
    [InlineData("Киев\rХарьков", new[] { "Киев", "Харьков" })]
    [InlineData("\n \n", new string[0])]
    public void Split_Lines_EachNonEmptyLineIsOneSentence(string text, string[] expected)
    {
        Assert.Equal(expected, new LineSegmenter().Split(text, "en"));
    }
}
