using System.Text;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.Xliff12;

namespace TranslationReview.Core.Tests.Formats.Xliff12;

public class Xliff12WriterTests
{
    public static TheoryData<string> LoadableOkapiFiles()
    {
        var data = new TheoryData<string>();
        var folder = TestData.PathOf("okapi", "xliff-1.2");
        foreach (var name in Directory.GetFiles(folder, "*.xlf").Select(Path.GetFileName).Order(StringComparer.Ordinal).Where(n => n != "invalid_xml_entity.xlf"))
        {
            data.Add(name!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LoadableOkapiFiles))]
    public async Task WriteAsync_OkapiFile_RoundTripsSegmentsContentsAndStates(string name)
    {
        var original = await Xliff12ReaderTests.ReadOkapi(name);

        var xml = await Write(original);
        var reread = await Xliff12ReaderTests.ReadText(xml, name);

        AssertSameSegments(original, reread);
        Assert.Equal(original.SourceLanguage, reread.SourceLanguage);
        Assert.Equal(original.TargetLanguage, reread.TargetLanguage);
    }

    [Fact]
    public async Task WriteAsync_AltTransAndExtensions_AreWrittenBack()
    {
        var original = await Xliff12ReaderTests.ReadOkapi("alttrans.xlf");

        var xml = await Write(original);

        Assert.Contains("<alt-trans alttranstype=\"accepted\" origin=\"X\">", xml, StringComparison.Ordinal);
        Assert.Contains("target3", xml, StringComparison.Ordinal);
        var reread = await Xliff12ReaderTests.ReadText(xml, "alttrans.xlf");
        Assert.Equal(3, reread.Segments[0].PreservedXml.Count);
    }

    [Fact]
    public async Task WriteAsync_SdlXliff_KeepsSdlSegmentDefinitionsAndGroups()
    {
        var original = await Xliff12ReaderTests.ReadOkapi("test2_es.xlf");

        var xml = await Write(original);

        Assert.Contains("<sdl:seg-defs>", xml, StringComparison.Ordinal);
        Assert.Contains("<sdl:cxts>", xml, StringComparison.Ordinal);
        Assert.Contains("sdl:version=\"1.0\"", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_ChangedStates_WritesXliffStatesAndApproval()
    {
        var original = await Xliff12ReaderTests.ReadOkapi("SF-12-Test01.xlf");
        var states = new[] { SegmentState.Approved, SegmentState.Rejected, SegmentState.NeedsReview, SegmentState.New };
        var changed = original with { Segments = [.. original.Segments.Take(4).Select((s, i) => s with { State = states[i] })] };

        var xml = await Write(changed);
        var reread = await Xliff12ReaderTests.ReadText(xml, "states.xlf");

        Assert.Equal(states, reread.Segments.Select(s => s.State));
        Assert.Contains("approved=\"yes\"", xml, StringComparison.Ordinal);
        Assert.Contains("state-qualifier=\"rejected-inaccurate\"", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_CodesFromOtherFormats_MapToGroupPhAndBptByKind()
    {
        var bold = new Dictionary<string, string> { ["type"] = "bold" };
        var content = new SegmentContent(
        [
            new TextRun("Натисніть "),
            new InlineCode(InlineCodeKind.Opening, "1", "pc", bold),
            new TextRun("Зберегти"),
            new InlineCode(InlineCodeKind.Closing, "1", "pc", InlineCode.NoAttributes),
            new TextRun(" "),
            new InlineCode(InlineCodeKind.Standalone, "2", "ph", InlineCode.NoAttributes, "<br/>"),
            new InlineCode(InlineCodeKind.Opening, "3", "sc", InlineCode.NoAttributes, "<i>"),
            new TextRun("тут"),
            new InlineCode(InlineCodeKind.Standalone, "4", "ph", InlineCode.NoAttributes),
        ]);
        var document = new BilingualDocument("ui.xlf", "en", "uk",
            [new Segment("s1", SegmentContent.FromText("Click Save here"), content, SegmentState.Translated) { UnitId = "u1" }]);

        var xml = await Write(document);

        Assert.Contains("<g id=\"1\" ctype=\"bold\">Зберегти</g>", xml, StringComparison.Ordinal);
        Assert.Contains("<ph id=\"2\">&lt;br/&gt;</ph>", xml, StringComparison.Ordinal);
        Assert.Contains("<bpt id=\"3\">&lt;i&gt;</bpt>тут", xml, StringComparison.Ordinal);
        Assert.Contains("<x id=\"4\" />", xml, StringComparison.Ordinal);
        var reread = await Xliff12ReaderTests.ReadText(xml, "ui.xlf");
        Assert.Equal("Натисніть Зберегти тут", reread.Segments[0].Target!.PlainText);
    }

    [Fact]
    public async Task WriteAsync_UnitWithSeveralSegments_WritesSegSourceWithMarkers()
    {
        var document = new BilingualDocument("doc.xlf", "en", "uk",
        [
            new Segment("1", SegmentContent.FromText("First sentence."), SegmentContent.FromText("Перше речення."), SegmentState.Translated) { UnitId = "p1" },
            new Segment("2", SegmentContent.FromText("Second one."), null, SegmentState.New) { UnitId = "p1" },
        ]);

        var xml = await Write(document);
        var reread = await Xliff12ReaderTests.ReadText(xml, "doc.xlf");

        Assert.Contains("<source>First sentence. Second one.</source>", xml, StringComparison.Ordinal);
        Assert.Contains("<mrk mtype=\"seg\" mid=\"1\">First sentence.</mrk>", xml, StringComparison.Ordinal);
        Assert.Equal(["First sentence.", "Second one."], reread.Segments.Select(s => s.Source.PlainText));
        Assert.Equal("Перше речення.", reread.Segments[0].Target!.PlainText);
        Assert.All(reread.Segments, s => Assert.Equal("p1", s.UnitId));
    }

    [Fact]
    public async Task WriteAsync_EveryInlineCodeKind_SurvivesRoundTripExactly()
    {
        const string xml = """
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0">
              <file original="guide.html" source-language="en-GB" target-language="uk-UA" datatype="html"><body>
                <trans-unit id="p1" resname="intro">
                  <source>Open <g id="1" ctype="bold">the <g id="2" ctype="italic">File</g> menu</g><x id="3" ctype="lb" equiv-text="&#10;"/>then <bx id="4" ctype="link"/>Help<ex id="4"/>, <bpt id="5" ctype="x-span">&lt;span class="k"&gt;</bpt>Ctrl+S<ept id="5">&lt;/span&gt;</ept> <ph id="6" ctype="image">&lt;img alt="<sub>Save icon</sub>"/&gt;</ph><it id="7" pos="open">&lt;u&gt;</it> and <mrk mtype="term" its:termInfoRef="#t1">Kyiv</mrk>.</source>
                  <target state="needs-review-translation">Відкрийте <g id="1" ctype="bold">меню <g id="2" ctype="italic">Файл</g></g><x id="3" ctype="lb" equiv-text="&#10;"/>потім <bx id="4" ctype="link"/>Довідка<ex id="4"/>, <bpt id="5" ctype="x-span">&lt;span class="k"&gt;</bpt>Ctrl+S<ept id="5">&lt;/span&gt;</ept> <ph id="6" ctype="image">&lt;img alt="<sub>Значок збереження</sub>"/&gt;</ph><it id="7" pos="open">&lt;u&gt;</it> і <mrk mtype="term" its:termInfoRef="#t1">Київ</mrk>.</target>
                </trans-unit>
              </body></file>
            </xliff>
            """;
        var original = await Xliff12ReaderTests.ReadText(xml, "guide.xlf");

        var written = await Write(original);
        var reread = await Xliff12ReaderTests.ReadText(written, "guide.xlf");

        AssertSameSegments(original, reread);
        Assert.Equal(SegmentState.NeedsReview, reread.Segments[0].State);
        Assert.Equal(13, original.Segments[0].Source.Elements.OfType<InlineCode>().Count());
        Assert.Contains("<g id=\"1\" ctype=\"bold\">меню <g id=\"2\" ctype=\"italic\">Файл</g></g>", written, StringComparison.Ordinal);
        Assert.Contains("<ph id=\"6\" ctype=\"image\">&lt;img alt=\"<sub>Значок збереження</sub>\"/&gt;</ph>", written, StringComparison.Ordinal);
        Assert.Contains("<mrk mid=\"auto1\" mtype=\"term\" its:termInfoRef=\"#t1\">Київ</mrk>", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_SdlConfirmationLevels_ReadAndWrittenBack()
    {
        const string xml = """
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" sdl:version="1.0">
              <file original="letter.docx" source-language="en-US" target-language="uk-UA" datatype="x-sdlfilterframework2"><body>
                <trans-unit id="a1"><source>Dear customer. Thank you.</source>
                  <seg-source><mrk mtype="seg" mid="1">Dear customer.</mrk> <mrk mtype="seg" mid="2">Thank you.</mrk></seg-source>
                  <target><mrk mtype="seg" mid="1">Шановний клієнте.</mrk> <mrk mtype="seg" mid="2">Дякуємо.</mrk></target>
                  <sdl:seg-defs><sdl:seg id="1" conf="ApprovedSignOff" origin="tm" percent="100"/><sdl:seg id="2" conf="Draft"/></sdl:seg-defs>
                </trans-unit>
              </body></file>
            </xliff>
            """;
        var original = await Xliff12ReaderTests.ReadText(xml, "letter.docx.sdlxliff");
        var reviewed = original with { Segments = [original.Segments[0], original.Segments[1] with { State = SegmentState.Rejected }] };

        var written = await Write(reviewed);
        var reread = await Xliff12ReaderTests.ReadText(written, "letter.docx.sdlxliff");

        Assert.Equal([SegmentState.Approved, SegmentState.NeedsReview], original.Segments.Select(s => s.State));
        Assert.Equal([SegmentState.Approved, SegmentState.Rejected], reread.Segments.Select(s => s.State));
        Assert.Contains("<sdl:seg id=\"1\" conf=\"ApprovedSignOff\" origin=\"tm\" percent=\"100\" />", written, StringComparison.Ordinal);
        Assert.Contains("<sdl:seg id=\"2\" conf=\"RejectedTranslation\" />", written, StringComparison.Ordinal);
        Assert.DoesNotContain("state=", written, StringComparison.Ordinal);
        Assert.Contains("<source>Dear customer. Thank you.</source>", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_CodeWrappingSegments_KeepsTheFrameAroundMarkers()
    {
        const string xml = """
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="report.docx" source-language="en-US" target-language="uk-UA" datatype="x-docx"><body>
                <trans-unit id="t1"><source><g id="1">Results. Next steps.</g></source>
                  <seg-source><g id="1"><mrk mtype="seg" mid="1">Results.</mrk> <mrk mtype="seg" mid="2">Next steps.</mrk></g></seg-source>
                  <target><g id="1"><mrk mtype="seg" mid="1">Результати.</mrk></g></target>
                </trans-unit>
              </body></file>
            </xliff>
            """;
        var original = await Xliff12ReaderTests.ReadText(xml, "report.xlf");
        var translated = original with
        {
            Segments = [original.Segments[0], original.Segments[1] with { Target = SegmentContent.FromText("Наступні кроки."), State = SegmentState.Translated }],
        };

        var written = await Write(translated);
        var reread = await Xliff12ReaderTests.ReadText(written, "report.xlf");

        Assert.Contains("<source><g id=\"1\">Results. Next steps.</g></source>", written, StringComparison.Ordinal);
        Assert.Contains("<seg-source><g id=\"1\"><mrk mtype=\"seg\" mid=\"1\">Results.</mrk> <mrk mtype=\"seg\" mid=\"2\">Next steps.</mrk></g></seg-source>", written, StringComparison.Ordinal);
        Assert.Equal(["Результати.", "Наступні кроки."], reread.Segments.Select(s => s.Target!.PlainText));
        Assert.Equal(["Results.", "Next steps."], reread.Segments.Select(s => s.Source.PlainText));
    }

    internal static void AssertSameSegments(BilingualDocument expected, BilingualDocument actual)
    {
        Assert.Equal(expected.Segments.Count, actual.Segments.Count);
        for (var i = 0; i < expected.Segments.Count; i++)
        {
            var (e, a) = (expected.Segments[i], actual.Segments[i]);
            Assert.Equal(e.Id, a.Id);
            Assert.Equal(e.UnitId, a.UnitId);
            Assert.Equal(e.FileId, a.FileId);
            Assert.Equal(e.Source, a.Source);
            Assert.Equal(e.Target, a.Target);
            Assert.Equal(e.State, a.State);
            Assert.Equal(e.Notes, a.Notes);
        }
    }

    private static async Task<string> Write(BilingualDocument document)
    {
        using var output = new MemoryStream();
        await new Xliff12Writer().WriteAsync(document, output, CancellationToken.None);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
