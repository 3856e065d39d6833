using TranslationReview.Core.Formats;
using TranslationReview.Core.Segmentation;

namespace TranslationReview.Core.Tests.Segmentation;

public class SrxReaderTests
{
    [Theory]
    [InlineData("""<srx version="2.0"><header/><body><languagerules>""", 1, "not well-formed XML")]
    [InlineData("<tmx version=\"1.4\"/>", 1, "not <srx>")]
    [InlineData("<srx version=\"3.1\"><header/><body/></srx>", 1, "unsupported SRX version '3.1'")]
    [InlineData("<srx version=\"2.0\">\n<header/>\n<body>\n</body></srx>", 3, "<body> has no <languagerules>")]
    [InlineData("<srx version=\"2.0\"><header cascade=\"maybe\"/><body/></srx>", 1, "cascade=\"maybe\" must be \"yes\" or \"no\"")]
    [InlineData("<srx version=\"2.0\"><header/><body><languagerules>\n<languagerule languagerulename=\"A\">\n<rule break=\"no\"/></languagerule></languagerules><maprules/></body></srx>", 3, "neither <beforebreak> nor <afterbreak>")]
    [InlineData("<srx version=\"2.0\"><header/><body><languagerules/><maprules>\n<languagemap languagepattern=\".*\" languagerulename=\"Missing\"/></maprules></body></srx>", 2, "languagerule 'Missing', which is not defined")]
    [InlineData("<srx version=\"2.0\"><header/><body><languagerules><languagerule languagerulename=\"A\"/>\n<languagerule languagerulename=\"A\"/></languagerules><maprules/></body></srx>", 2, "defined twice")]
    public async Task ReadAsync_MalformedSrx_FailsWithFileLineAndReason(string srx, int line, string reason)
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => SrxFixture.LoadAsync(srx, "custom.srx"));

        Assert.Equal("custom.srx", error.FileName);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_DoctypeWithEntities_IsRefused()
    {
        const string srx = """<?xml version="1.0"?><!DOCTYPE srx [<!ENTITY x SYSTEM "file:///etc/passwd">]><srx version="2.0">&x;</srx>""";

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => SrxFixture.LoadAsync(srx));

        Assert.Contains("entities", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Srx10WithoutNamespace_LoadsWithoutCascade()
    {
        const string srx = """
            <srx version="1.0"><header segmentsubflows="no"/><body>
            <languagerules><languagerule languagerulename="Any"><rule><beforebreak>\.</beforebreak><afterbreak>\s</afterbreak></rule></languagerule></languagerules>
            <maprules><maprule maprulename="Default"><languagemap languagepattern=".*" languagerulename="Any"/></maprule></maprules>
            </body></srx>
            """;

        var segmenter = await SrxFixture.LoadAsync(srx);

        Assert.False(segmenter.RuleSet.Cascade);
        Assert.False(segmenter.RuleSet.SegmentSubflows);
        Assert.Equal(["One.", "Two."], segmenter.Split("One. Two.", "en"));
    }

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
