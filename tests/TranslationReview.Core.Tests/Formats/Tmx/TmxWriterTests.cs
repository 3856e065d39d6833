using System.Text;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats.Tmx;
using TranslationReview.Core.Formats.Xliff12;
using TranslationReview.Core.Tests.Formats.Xliff12;

namespace TranslationReview.Core.Tests.Formats.Tmx;

public class TmxWriterTests
{
    public static TheoryData<string> OkapiFiles() => TmxReaderTests.OkapiFiles();

    [Theory]
    [MemberData(nameof(OkapiFiles))]
    public async Task WriteAsync_OkapiFile_RoundTripsSegmentsCodesAndProperties(string name)
    {
        var original = await TmxReaderTests.ReadOkapi(name);

        var xml = await Write(original);
        var reread = await TmxReaderTests.ReadText(xml, name);

        Xliff12WriterTests.AssertSameSegments(original, reread);
        Assert.Equal(original.TargetLanguage, reread.TargetLanguage);
        for (var i = 0; i < original.Segments.Count; i++)
        {
            Assert.Equal(original.Segments[i].Properties.OrderBy(p => p.Key), reread.Segments[i].Properties.OrderBy(p => p.Key));
            Assert.Equal(original.Segments[i].PreservedXml.Count, reread.Segments[i].PreservedXml.Count);
        }
    }

    [Fact]
    public async Task WriteAsync_Header_NamesTranslationReviewAndLanguages()
    {
        var document = new BilingualDocument("memory.tmx", "en-US", "uk-UA",
            [new Segment("1", SegmentContent.FromText("Save changes?"), SegmentContent.FromText("Зберегти зміни?"), SegmentState.Translated)]);

        var xml = await Write(document);

        Assert.Contains("creationtool=\"TranslationReview\"", xml, StringComparison.Ordinal);
        Assert.Contains("segtype=\"sentence\"", xml, StringComparison.Ordinal);
        Assert.Contains("srclang=\"en-US\"", xml, StringComparison.Ordinal);
        Assert.Contains("o-tmf=", xml, StringComparison.Ordinal);
        Assert.Contains("adminlang=", xml, StringComparison.Ordinal);
        Assert.Contains("<tuv xml:lang=\"uk-UA\">", xml, StringComparison.Ordinal);
        var reread = await TmxReaderTests.ReadText(xml, "memory.tmx");
        Assert.Equal("Зберегти зміни?", reread.Segments[0].Target!.PlainText);
    }

    [Fact]
    public async Task WriteAsync_XliffCodes_MapToBptEptAndPh()
    {
        var xliff = await Xliff12ReaderTests.ReadOkapi("RB-12-Test02.xlf");

        var xml = await Write(xliff);
        var tmx = await TmxReaderTests.ReadText(xml, "from-xliff.tmx");

        Assert.Contains("<bpt i=\"2\" /><ph x=\"1\" /><ept i=\"2\" />", xml, StringComparison.Ordinal);
        var codes = tmx.Segments.Single(s => s.Id == "7").Source.Elements.OfType<InlineCode>().ToList();
        Assert.Equal(["bpt", "ph", "ept"], codes.Select(c => c.Element));
        Assert.Equal("Text with  and more text.", tmx.Segments.Single(s => s.Id == "7").Target!.PlainText);
        Assert.Equal("ID1", tmx.Segments.Single(s => s.Id == "3").Properties["prop:x-resname"]);
    }

    [Fact]
    public async Task WriteAsync_TmxThroughXliff_KeepsNativeCodeData()
    {
        var tmx = await TmxReaderTests.ReadOkapi("ImportTest2B.tmx");

        using var xliffStream = new MemoryStream();
        await new Xliff12Writer().WriteAsync(tmx, xliffStream, CancellationToken.None);
        var xliffText = Encoding.UTF8.GetString(xliffStream.ToArray());
        var xliff = await Xliff12ReaderTests.ReadText(xliffText, "rtf.xlf");

        var codes = xliff.Segments[0].Source.Elements.OfType<InlineCode>().ToList();
        Assert.Equal(["{\\b ", "}", "{\\ul ", "}"], codes.Select(c => c.NativeData));
        Assert.Equal("bold", codes[0].Attributes["ctype"]);
        Assert.Equal("underlined", codes[2].Attributes["ctype"]);
    }

    [Fact]
    public async Task WriteAsync_EveryTmxCode_SurvivesRoundTripExactly()
    {
        const string xml = """
            <tmx version="1.4"><header creationtool="Trados" creationtoolversion="9" segtype="sentence" o-tmf="TW4Win 2.0" adminlang="en-US" srclang="en-US" datatype="rtf"/>
            <body><tu tuid="42" creationid="OLENA"><prop type="x-Client">Kyivstar</prop>
              <tuv xml:lang="en-US"><seg>Press <bpt i="1" x="1" type="bold">{\b </bpt>Enter<ept i="1">}</ept><ph x="2" type="fnote" assoc="p">{\chftn {\footnote <sub>See the manual.</sub>}}</ph><it pos="end" x="3">}</it> <hi x="4" type="term">Kyiv &amp; Lviv</hi><ut>\par</ut></seg></tuv>
              <tuv xml:lang="uk-UA"><seg>Натисніть <bpt i="1" x="1" type="bold">{\b </bpt>Enter<ept i="1">}</ept><ph x="2" type="fnote" assoc="p">{\chftn {\footnote <sub>Див. посібник.</sub>}}</ph><it pos="end" x="3">}</it> <hi x="4" type="term">Київ і Львів</hi><ut>\par</ut></seg></tuv>
            </tu></body></tmx>
            """;
        var original = await TmxReaderTests.ReadText(xml, "rtf.tmx");

        var written = await Write(original);
        var reread = await TmxReaderTests.ReadText(written, "rtf.tmx");

        Xliff12WriterTests.AssertSameSegments(original, reread);
        Assert.Equal(7, original.Segments[0].Target!.Elements.OfType<InlineCode>().Count());
        Assert.Equal("Натисніть Enter Київ і Львів", reread.Segments[0].Target!.PlainText);
        Assert.Contains("<ph x=\"2\" type=\"fnote\" assoc=\"p\">{\\chftn {\\footnote <sub>Див. посібник.</sub>}}</ph>", written, StringComparison.Ordinal);
        Assert.Contains("<hi x=\"4\" type=\"term\">Kyiv &amp; Lviv</hi>", written, StringComparison.Ordinal);
        Assert.Equal("Kyivstar", reread.Segments[0].Properties["prop:x-Client"]);
    }

    private static async Task<string> Write(BilingualDocument document)
    {
        using var output = new MemoryStream();
        await new TmxWriter().WriteAsync(document, output, CancellationToken.None);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
