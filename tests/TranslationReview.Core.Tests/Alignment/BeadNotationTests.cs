using TranslationReview.Core.Alignment;

namespace TranslationReview.Core.Tests.Alignment;

public class BeadNotationTests
{
    [Theory]
    [InlineData("[0]:[0]", new[] { 0 }, new[] { 0 })]
    [InlineData("[0, 1]:[2]", new[] { 0, 1 }, new[] { 2 })]
    [InlineData("[]:[5]", new int[0], new[] { 5 })]
    [InlineData("[7]:[]", new[] { 7 }, new int[0])]
    [InlineData("  [3,4]:[5, 6, 7]  ", new[] { 3, 4 }, new[] { 5, 6, 7 })]
    public void Parse_GoldFileLine_ReadsBothSides(string line, int[] source, int[] target)
    {
        var bead = BeadNotation.Parse(line);

        Assert.Equal(source, bead.SourceIndices);
        Assert.Equal(target, bead.TargetIndices);
    }

    [Theory]
    [InlineData("[0, 1]:[2]")]
    [InlineData("[]:[5]")]
    [InlineData("[12]:[]")]
    public void Format_ParsedBead_GivesTheSameText(string line)
    {
        Assert.Equal(line, BeadNotation.Format(BeadNotation.Parse(line)));
    }

    [Fact]
    public void ParseAll_FormattedBeads_RoundTrip()
    {
        var beads = new[] { new Bead([0], [0], 0.9), new Bead([1, 2], [1], 0.4), new Bead([], [2], 0.7) };

        var text = BeadNotation.FormatAll(beads);

        Assert.Equal("[0]:[0]\n[1, 2]:[1]\n[]:[2]\n", text);
        Assert.Equal(beads.Select(b => b.ToString()), BeadNotation.ParseAll(text).Select(b => b.ToString()));
    }

    [Theory]
    [InlineData("0:1")]
    [InlineData("[0]-[1]")]
    [InlineData("[a]:[1]")]
    [InlineData("[-1]:[1]")]
    public void ParseAll_MalformedLine_FailsNamingTheLine(string bad)
    {
        var error = Assert.Throws<FormatException>(() => BeadNotation.ParseAll("[0]:[0]\n" + bad + "\n"));

        Assert.StartsWith("Line 2:", error.Message, StringComparison.Ordinal);
    }
}
