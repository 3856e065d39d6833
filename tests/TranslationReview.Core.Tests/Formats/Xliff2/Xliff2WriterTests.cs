using System.Xml.Linq;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats;

namespace TranslationReview.Core.Tests.Formats.Xliff2;

public class Xliff2WriterTests
{
    [Fact]
    public async Task WriteAsync_ModulesOfTheUnit_AreWrittenBack()
    {
        var matches = await Xliff2TestSuite.ReadFileAsync("core/valid/withMatches.xlf");
        var glossary = await Xliff2TestSuite.ReadFileAsync("core/valid/withGlossary.xlf");

        var writtenMatches = await Xliff2TestSuite.WriteAsync(matches);
        var writtenGlossary = await Xliff2TestSuite.WriteAsync(glossary);

        Assert.Contains("<mtc:matches", writtenMatches, StringComparison.Ordinal);
        Assert.Contains("<gls:glossary", writtenGlossary, StringComparison.Ordinal);
        Assert.Contains("<gls:glossEntry", writtenGlossary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_GroupsAndFileLevelMetadata_ReNestAsRead()
    {
        var document = await Xliff2TestSuite.ReadFileAsync("core/valid/everything-core.xlf");

        var xml = XDocument.Parse(await Xliff2TestSuite.WriteAsync(document));

        XNamespace x = "urn:oasis:names:tc:xliff:document:2.0";
        var group = xml.Descendants(x + "group").Single();
        Assert.Equal("g1", (string?)group.Attribute("id"));
        Assert.Equal(["tu3", "tu3end", "tu2"], group.Elements(x + "unit").Select(u => (string?)u.Attribute("id")));
        Assert.Single(xml.Descendants(XName.Get("metadata", "urn:oasis:names:tc:xliff:metadata:2.0")));
        Assert.Equal("my:state", (string?)xml.Descendants(x + "segment").First().Attribute("subState"));
    }

    [Fact]
    public async Task WriteAsync_CodesFromXliff12AndTmx_MapToXliff2ElementsWithOriginalData()
    {
        var source = new SegmentContent([
            new TextRun("Click "),
            new InlineCode(InlineCodeKind.Opening, "1", "g", new Dictionary<string, string> { ["ctype"] = "bold" }),
            new TextRun("Save"),
            new InlineCode(InlineCodeKind.Closing, "1", "g", InlineCode.NoAttributes),
            new InlineCode(InlineCodeKind.Opening, "2", "bpt", InlineCode.NoAttributes, "<i>"),
            new TextRun(" now"),
            new InlineCode(InlineCodeKind.Standalone, "3", "x", new Dictionary<string, string> { ["equiv-text"] = "{0}" }),
            new TextRun("."),
        ]);
        var target = new SegmentContent([
            new TextRun("Klicken Sie "),
            new InlineCode(InlineCodeKind.Opening, "2", "bpt", InlineCode.NoAttributes, "<i>"),
            new TextRun("jetzt auf "),
            new InlineCode(InlineCodeKind.Closing, "2", "ept", InlineCode.NoAttributes, "</i>"),
            new InlineCode(InlineCodeKind.Opening, "1", "g", new Dictionary<string, string> { ["ctype"] = "bold" }),
            new TextRun("Speichern"),
            new InlineCode(InlineCodeKind.Closing, "1", "g", InlineCode.NoAttributes),
            new InlineCode(InlineCodeKind.Standalone, "3", "x", new Dictionary<string, string> { ["equiv-text"] = "{0}" }),
            new TextRun("."),
        ]);
        var document = new BilingualDocument("help.xlf", "en", "de", [new Segment("7", source, target, SegmentState.Translated)]);

        var written = await Xliff2TestSuite.WriteAsync(document);
        var again = await Xliff2TestSuite.ReadTextAsync(written);

        Assert.Contains("<pc id=\"1\" type=\"fmt\" subType=\"xlf:b\">Save</pc>", written, StringComparison.Ordinal);
        Assert.Contains("<sc id=\"2\" isolated=\"yes\" dataRef=\"d1\" />", written, StringComparison.Ordinal);
        Assert.Contains("<ph id=\"3\" equiv=\"{0}\" />", written, StringComparison.Ordinal);
        Assert.Contains("<data id=\"d1\">&lt;i&gt;</data>", written, StringComparison.Ordinal);
        Assert.Equal(source.PlainText, again.Segments[0].Source.PlainText);
        Assert.Equal(target.PlainText, again.Segments[0].Target!.PlainText);
        Assert.Equal("</i>", again.Segments[0].Target!.Elements.OfType<InlineCode>().Single(c => c.Kind == InlineCodeKind.Closing && c.Id == "2").NativeData);
        Assert.Equal("2.1", (string?)XDocument.Parse(written).Root!.Attribute("version"));
    }

    [Fact]
    public async Task WriteAsync_InlineCodesFromXliff2_SurviveRoundTripUnchanged()
    {
        var document = await Xliff2TestSuite.ReadFileAsync("core/valid/everything-core.xlf");

        var again = await Xliff2TestSuite.ReadTextAsync(await Xliff2TestSuite.WriteAsync(document));

        var before = document.Segments.Single(s => s.UnitId == "tu2").Source;
        var after = again.Segments.Single(s => s.UnitId == "tu2").Source;
        Assert.True(before.HasCodes);
        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData(SegmentState.New, false, "initial", null)]
    [InlineData(SegmentState.Translated, true, "translated", null)]
    [InlineData(SegmentState.NeedsReview, true, "translated", "trv:needs-review")]
    [InlineData(SegmentState.Approved, true, "final", null)]
    [InlineData(SegmentState.Rejected, true, "translated", "trv:rejected")]
    public async Task WriteAsync_WorkflowState_WritesStateAndSubStateThatReadBack(SegmentState state, bool hasTarget, string expectedState, string? expectedSubState)
    {
        var segment = new Segment("1", SegmentContent.FromText("Delete the file?"),
            hasTarget ? SegmentContent.FromText("Datei löschen?") : null, state);
        var document = new BilingualDocument("dialog.xlf", "en", "de", [segment]);

        var written = await Xliff2TestSuite.WriteAsync(document);
        var again = await Xliff2TestSuite.ReadTextAsync(written);

        XNamespace x = "urn:oasis:names:tc:xliff:document:2.0";
        var element = XDocument.Parse(written).Descendants(x + "segment").Single();
        Assert.Equal(expectedState, (string?)element.Attribute("state") ?? "initial");
        Assert.Equal(expectedSubState, (string?)element.Attribute("subState"));
        Assert.Equal(state, again.Segments[0].State);
    }

    [Fact]
    public async Task WriteAsync_ControlCharacterInText_IsWrittenAsCodePoint()
    {
        var document = new BilingualDocument("bell.xlf", "en", null,
            [new Segment("1", SegmentContent.FromText("Ring\u0007 the bell"), null, SegmentState.New)]);

        var written = await Xliff2TestSuite.WriteAsync(document);
        var again = await Xliff2TestSuite.ReadTextAsync(written);

        Assert.Contains("<cp hex=\"0007\" />", written, StringComparison.Ordinal);
        Assert.Equal("Ring\u0007 the bell", again.Segments[0].Source.PlainText);
    }

    [Fact]
    public async Task WriteAsync_PreservedXmlOfXliff12_IsNotCopiedIntoXliff2()
    {
        var segment = new Segment("12", SegmentContent.FromText("Print"), SegmentContent.FromText("Drucken"), SegmentState.Translated)
        {
            UnitId = "12",
            PreservedXml =
            [
                "<alt-trans xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><target>Ausdrucken</target></alt-trans>",
                "<my:hint xmlns:my=\"urn:example:hints\">menu item</my:hint>",
            ],
        };
        var document = new BilingualDocument("menu.xlf", "en", "de", [segment]);

        var written = await Xliff2TestSuite.WriteAsync(document);
        await Xliff2TestSuite.ReadTextAsync(written);

        Assert.DoesNotContain("alt-trans", written, StringComparison.Ordinal);
        Assert.Contains("<my:hint xmlns:my=\"urn:example:hints\">menu item</my:hint>", written, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatRegistry_Default_FindsXliff2ReaderAndWriter()
    {
        var registry = FormatRegistry.CreateDefault();

        Assert.NotNull(registry.FindWriter("xliff"));
        Assert.NotNull(registry.FindReader("a.xlf", "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\">"));
    }
}
