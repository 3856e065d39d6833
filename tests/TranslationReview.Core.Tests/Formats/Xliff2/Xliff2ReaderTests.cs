using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.Xliff2;

namespace TranslationReview.Core.Tests.Formats.Xliff2;

public class Xliff2ReaderTests
{
    private const string Head = "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"de\">";

    [Theory]
    [InlineData("initial", null, SegmentState.New)]
    [InlineData("translated", null, SegmentState.Translated)]
    [InlineData("reviewed", null, SegmentState.Approved)]
    [InlineData("final", null, SegmentState.Approved)]
    [InlineData("translated", "trv:needs-review", SegmentState.NeedsReview)]
    [InlineData("translated", "trv:rejected", SegmentState.Rejected)]
    [InlineData("translated", "memoq:confirmed", SegmentState.Translated)]
    public async Task ReadAsync_SegmentState_MapsToWorkflowState(string state, string? subState, SegmentState expected)
    {
        var sub = subState is null ? string.Empty : $" subState=\"{subState}\"";
        var document = await Xliff2TestSuite.ReadTextAsync(Head + $"<file id=\"f1\"><unit id=\"u1\"><segment state=\"{state}\"{sub}>"
            + "<source>Save the file.</source><target>Speichern Sie die Datei.</target></segment></unit></file></xliff>");

        Assert.Equal(expected, document.Segments[0].State);
    }

    [Fact]
    public async Task ReadAsync_MultiFileMultiSegmentUnitWithIgnorable_KeepsUnitsFilesAndIgnorable()
    {
        var document = await Xliff2TestSuite.ReadTextAsync(Head
            + "<file id=\"f1\"><unit id=\"u1\"><segment id=\"s1\"><source>Open the menu.</source></segment>"
            + "<ignorable><source> </source></ignorable><segment id=\"s2\"><source>Click Save.</source></segment></unit></file>"
            + "<file id=\"f2\"><group id=\"g1\"><unit id=\"u1\"><segment><source>Close the window.</source></segment></unit></group></file></xliff>");

        Assert.Equal(["f1/u1/s1", "f1/u1/s2", "f2/u1"], document.Segments.Select(s => s.Id));
        Assert.Equal(["u1", "u1", "u1"], document.Segments.Select(s => s.UnitId));
        Assert.Equal(["f1", "f1", "f2"], document.Segments.Select(s => s.FileId));
        Assert.Contains("<ignorable", document.Segments[0].Properties["xliff2:ignorable-after"], StringComparison.Ordinal);
        Assert.Equal("g1", document.Segments[2].Properties["xliff2:groups"]);
    }

    [Fact]
    public async Task ReadAsync_InlineCodes_BecomeCodesWithNativeDataAndDecodedCodePoints()
    {
        var document = await Xliff2TestSuite.ReadTextAsync(Head
            + "<file id=\"f1\"><unit id=\"u1\"><originalData><data id=\"d1\">&lt;b&gt;</data><data id=\"d2\">&lt;/b&gt;</data>"
            + "<data id=\"d3\">&lt;br/&gt;</data></originalData><segment><source>Press <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\">Enter</pc>"
            + "<ph id=\"2\" dataRef=\"d3\" canDelete=\"no\"/> now<cp hex=\"0007\"/>.</source></segment></unit></file></xliff>");

        var source = document.Segments[0].Source;
        Assert.Equal("Press Enter now\u0007.", source.PlainText);
        var codes = source.Elements.OfType<InlineCode>().ToList();
        Assert.Equal([InlineCodeKind.Opening, InlineCodeKind.Closing, InlineCodeKind.Standalone], codes.Select(c => c.Kind));
        Assert.Equal(["<b>", "</b>", "<br/>"], codes.Select(c => c.NativeData));
        Assert.Equal("no", codes[2].Attributes["canDelete"]);
        Assert.Equal("d3", codes[2].Attributes["dataRef"]);
    }

    [Fact]
    public async Task ReadAsync_UnitNotesAndModules_AreKeptOnFirstSegment()
    {
        var document = await Xliff2TestSuite.ReadFileAsync("core/valid/withMatches.xlf");

        Assert.Contains(document.Segments[0].PreservedXml, x => x.Contains("mtc:matches", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_DoctypeWithEntity_IsRefused()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\"><file id=\"f1\"><unit id=\"u1\">"
            + "<segment><source>&xxe;</source></segment></unit></file></xliff>";

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => Xliff2TestSuite.ReadTextAsync(xml, "evil.xlf"));

        Assert.Contains("entit", error.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ReadAsync_MalformedXml_ReportsLineAndColumn()
    {
        var xml = Head + "\n<file id=\"f1\"><unit id=\"u1\">\n<segment><source>Broken <b></source></segment></unit></file></xliff>";

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => Xliff2TestSuite.ReadTextAsync(xml, "broken.xlf"));

        Assert.Equal(4, error.Line);
        Assert.NotNull(error.Column);
        Assert.StartsWith("broken.xlf:4:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!-- exported by a CAT tool -->\n", true)]
    [InlineData("<xliff/>", false)]
    public async Task ReadAsync_ContentAfterTheRoot_CommentsPassSecondRootIsMalformed(string trailer, bool loads)
    {
        var xml = Head + "<file id=\"f1\"><unit id=\"u1\"><segment><source>Done.</source></segment></unit></file></xliff>\n" + trailer;

        if (loads)
        {
            Assert.Single((await Xliff2TestSuite.ReadTextAsync(xml)).Segments);
        }
        else
        {
            var error = await Assert.ThrowsAsync<DocumentFormatException>(() => Xliff2TestSuite.ReadTextAsync(xml));
            Assert.Equal(3, error.Line);
        }
    }

    [Theory]
    [InlineData("core/invalid/bad_DataIdNotUnique.xlf", "data id \"d1twice\"")]
    [InlineData("core/invalid/bad_EcBeforeSc.xlf", "<ec startRef=\"1\">")]
    [InlineData("core/invalid/bad_NoTrgLang.xlf", "trgLang")]
    [InlineData("core/invalid/bad_InvalidFragIdBadOrder.xlf", "fragment identifier")]
    [InlineData("core/invalid/bad_MissingNonRemovable2.xlf", "canDelete")]
    [InlineData("core/invalid/bad_WrongReordering1.xlf", "non-reorderable sequence")]
    public async Task ReadAsync_InvalidFile_NamesTheViolatedConstraint(string file, string expected)
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => Xliff2TestSuite.ReadFileAsync(file));

        Assert.Contains(expected, error.Reason, StringComparison.Ordinal);
        Assert.True(error.Line > 1);
    }

    [Theory]
    [InlineData("report.xlf", "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\"", true)]
    [InlineData("report.xlf", "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"", false)]
    [InlineData("memory.tmx", "<tmx version=\"1.4\">", false)]
    public void CanRead_ByRootNamespace_RecognisesXliff2Only(string fileName, string head, bool expected)
    {
        Assert.Equal(expected, new Xliff2Reader().CanRead(fileName, "<?xml version=\"1.0\"?>" + head));
    }
}
