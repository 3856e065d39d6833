using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Tests.Formats.Xliff2;

public class Xliff2RoundTripTests
{
    private static readonly XNamespace X = "urn:oasis:names:tc:xliff:document:2.0";

    private const string Head = "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"fr\">";

    [Fact]
    public async Task WriteAsync_IgnorablesAndSeveralFiles_ComeBackInPlace()
    {
        var document = await Xliff2TestSuite.ReadTextAsync(Head
            + "<file id=\"f1\"><unit id=\"u1\"><ignorable><source>  </source></ignorable><segment id=\"s1\"><source>First sentence.</source>"
            + "<target>Première phrase.</target></segment><ignorable id=\"i2\"><source> </source><target> </target></ignorable>"
            + "<segment id=\"s2\"><source>Second sentence.</source></segment></unit></file>"
            + "<file id=\"f2\"><group id=\"menu\" name=\"Menu\"><unit id=\"u1\"><segment><source>Open</source><target>Ouvrir</target></segment></unit></group></file></xliff>");

        var xml = XDocument.Parse(await Xliff2TestSuite.WriteAsync(document));

        var firstUnit = xml.Descendants(X + "unit").First();
        Assert.Equal(["ignorable", "segment", "ignorable", "segment"], firstUnit.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("i2", (string?)firstUnit.Elements(X + "ignorable").Last().Attribute("id"));
        Assert.Equal(["f1", "f2"], xml.Root!.Elements(X + "file").Select(f => (string?)f.Attribute("id")));
        Assert.Equal("Menu", (string?)xml.Descendants(X + "group").Single().Attribute("name"));
    }

    [Fact]
    public async Task WriteAsync_UnchangedNotes_KeepTheirAttributes_EditedNotesAreWritten()
    {
        var document = await Xliff2TestSuite.ReadTextAsync(Head
            + "<file id=\"f1\"><unit id=\"u1\"><notes><note id=\"n1\" category=\"context\" priority=\"2\">Button label, keep it short.</note></notes>"
            + "<segment><source>Cancel</source><target>Annuler</target></segment></unit></file></xliff>");
        var edited = document with
        {
            Segments = [document.Segments[0] with { Notes = [.. document.Segments[0].Notes, new Note("Reviewer: prefer « Abandonner ».")] }],
        };

        var unchanged = XDocument.Parse(await Xliff2TestSuite.WriteAsync(document));
        var changed = await Xliff2TestSuite.ReadTextAsync(await Xliff2TestSuite.WriteAsync(edited));

        Assert.Equal("context", (string?)unchanged.Descendants(X + "note").Single().Attribute("category"));
        Assert.Equal(["Button label, keep it short.", "Reviewer: prefer « Abandonner »."], changed.Segments[0].Notes.Select(n => n.Text));
    }

    [Fact]
    public async Task WriteAsync_CodePairSpanningSegments_StaysOneNonIsolatedPair()
    {
        var document = await Xliff2TestSuite.ReadTextAsync(Head
            + "<file id=\"f1\"><unit id=\"u1\"><originalData><data id=\"d1\">&lt;b&gt;</data><data id=\"d2\">&lt;/b&gt;</data></originalData>"
            + "<segment><source><sc id=\"1\" dataRef=\"d1\"/>Bold start.</source></segment>"
            + "<segment><source>Bold end.<ec startRef=\"1\" dataRef=\"d2\"/></source></segment></unit></file></xliff>");

        var written = await Xliff2TestSuite.WriteAsync(document);
        var again = await Xliff2TestSuite.ReadTextAsync(written);

        Assert.DoesNotContain("isolated", written, StringComparison.Ordinal);
        Assert.Equal(document.Segments[1].Source, again.Segments[1].Source);
        Assert.Equal("</b>", again.Segments[1].Source.Elements.OfType<InlineCode>().Single().NativeData);
    }

    [Fact]
    public async Task WriteAsync_TmxCodesSharingAnId_GetDistinctXliffIds()
    {
        // TMX numbers <bpt i="1"> and <ph x="1"> independently; XLIFF 2 has one id scope per unit.
        var source = new SegmentContent([
            new InlineCode(InlineCodeKind.Opening, "1", "bpt", InlineCode.NoAttributes, "<b>"),
            new TextRun("Warning"),
            new InlineCode(InlineCodeKind.Closing, "1", "ept", InlineCode.NoAttributes, "</b>"),
            new TextRun(": disk full "),
            new InlineCode(InlineCodeKind.Standalone, "1", "ph", InlineCode.NoAttributes, "<br/>"),
        ]);
        var document = new BilingualDocument("memory.tmx", "en", "fr",
            [new Segment("42", source, new SegmentContent([.. source.Elements.Take(3), new TextRun(" : disque plein "), source.Elements[4]]), SegmentState.Translated)]);

        var written = await Xliff2TestSuite.WriteAsync(document);
        var again = await Xliff2TestSuite.ReadTextAsync(written);

        var ids = XDocument.Parse(written).Descendants(X + "source").Single().Descendants().Select(e => (string?)e.Attribute("id") ?? (string?)e.Attribute("startRef")).ToList();
        Assert.Equal(["1", "1", "1-2"], ids);
        Assert.Equal(source.PlainText, again.Segments[0].Source.PlainText);
        Assert.Equal(["<b>", "</b>", "<br/>"], again.Segments[0].Source.Elements.OfType<InlineCode>().Select(c => c.NativeData));
    }

    [Fact]
    public async Task WriteAsync_SegmentRemovedFromReorderedUnit_DropsStaleOrder()
    {
        var document = await Xliff2TestSuite.ReadTextAsync(Head
            + "<file id=\"f1\"><unit id=\"u1\"><segment><source>One.</source><target order=\"3\">Trois.</target></segment>"
            + "<segment><source>Two.</source><target order=\"2\">Deux.</target></segment>"
            + "<segment><source>Three.</source><target order=\"1\">Un.</target></segment></unit></file></xliff>");
        var shorter = document with { Segments = [.. document.Segments.Take(2)] };

        var written = await Xliff2TestSuite.WriteAsync(shorter);
        var again = await Xliff2TestSuite.ReadTextAsync(written);

        Assert.DoesNotContain("order=", written, StringComparison.Ordinal);
        Assert.Equal(["Trois.", "Deux."], again.Segments.Select(s => s.Target!.PlainText));
    }

    [Fact]
    public async Task WriteAsync_SegmentSplitInTheWorkbench_StaysValidWithBothHalves()
    {
        var document = await Xliff2TestSuite.ReadTextAsync(Head
            + "<file id=\"f1\"><unit id=\"u1\"><segment id=\"s1\" state=\"translated\"><source>Open the file. Then save it.</source>"
            + "<target>Ouvrez le fichier. Puis enregistrez-le.</target></segment><ignorable id=\"i1\"><source> </source></ignorable></unit></file></xliff>");
        var original = document.Segments[0];
        var split = document with
        {
            Segments =
            [
                original with { Source = SegmentContent.FromText("Open the file. "), Target = SegmentContent.FromText("Ouvrez le fichier. ") },
                original with { Id = "u1/s1b", Source = SegmentContent.FromText("Then save it."), Target = SegmentContent.FromText("Puis enregistrez-le.") },
            ],
        };

        var again = await Xliff2TestSuite.ReadTextAsync(await Xliff2TestSuite.WriteAsync(split));

        Assert.Equal(["Open the file. ", "Then save it."], again.Segments.Select(s => s.Source.PlainText));
        Assert.All(again.Segments, s => Assert.Equal(SegmentState.Translated, s.State));
    }

    [Fact]
    public async Task WriteAsync_TranslationsWithoutTargetLanguage_ExplainsWhatIsMissing()
    {
        var document = new BilingualDocument("notes.tsv", "en", null,
            [new Segment("1", SegmentContent.FromText("Yes"), SegmentContent.FromText("Oui"), SegmentState.Translated)]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Xliff2TestSuite.WriteAsync(document));

        Assert.Contains("target language", error.Message, StringComparison.Ordinal);
    }
}
