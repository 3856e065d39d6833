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
}
