using TranslationReview.Core.Formats;
using TranslationReview.Core.Segmentation;

namespace TranslationReview.Core.Tests.Segmentation;

public partial class SrxSegmenterTests
{
    [Theory]
    [InlineData(@"(unclosed", "rule 2 of languagerule 'All'", "<beforebreak>: invalid regular expression /(unclosed/")]
    [InlineData(@"\X+", "rule 2 of languagerule 'All'", @"'\X' is not supported")]
    [InlineData(@"[\w&&\d]", "rule 2 of languagerule 'All'", "class intersection")]
    [InlineData(@"\p{NoSuchProperty}", "rule 2 of languagerule 'All'", "unknown Unicode property 'NoSuchProperty'")]
    public async Task LoadAsync_BadRegexInRule_NamesFileLineAndRule(string beforeBreak, string rule, string reason)
    {
        var rules = "\n" + SrxFixture.BreakAtFullStop + "\n" + $"<rule break=\"no\"><beforebreak>{System.Security.SecurityElement.Escape(beforeBreak)}</beforebreak></rule>";

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => SrxFixture.LoadAsync(SrxFixture.SingleRule(rules), "team.srx"));

        Assert.StartsWith("team.srx:", error.Message, StringComparison.Ordinal);
        Assert.Equal(7, error.Line);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_BadLanguagePattern_NamesTheMap()
    {
        var srx = SrxFixture.Document(false, [("All", SrxFixture.BreakAtFullStop)], [("en[", "All")]);

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => SrxFixture.LoadAsync(srx));

        Assert.Contains("languagepattern", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_MissingFile_SaysSo()
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(
            () => SrxSegmenter.LoadAsync(Path.Combine(Path.GetTempPath(), "no-such-rules.srx"), CancellationToken.None));

        Assert.Contains("no such file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Split_RuleThatBacktracksWithoutEnd_StopsNamingTheFile()
    {
        var runaway = """<rule break="yes"><beforebreak>^(\w+\s?)+;</beforebreak><afterbreak>\s</afterbreak></rule>""";
        var srx = SrxFixture.SingleRule(runaway);
        var ruleSet = await SrxReader.ReadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(srx)), "slow.srx", CancellationToken.None);
        var segmenter = new SrxSegmenter(ruleSet, TimeSpan.FromMilliseconds(50));

        var error = Assert.Throws<DocumentFormatException>(() => segmenter.Split("!" + new string('a', 60) + "; c", "en"));

        Assert.StartsWith("slow.srx: a segmentation rule took longer than", error.Message, StringComparison.Ordinal);
    }
}
