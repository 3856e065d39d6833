using System.Text;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.Xliff12;

namespace TranslationReview.Core.Tests.Formats.Xliff12;

public class Xliff12ReaderTests
{
    private static readonly string Folder = TestData.PathOf("okapi", "xliff-1.2");

    public static TheoryData<string> OkapiFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Folder, "*.xlf").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OkapiFiles))]
    public async Task ReadAsync_OkapiFile_LoadsOrFailsNamingFileAndPosition(string name)
    {
        await using var stream = File.OpenRead(Path.Combine(Folder, name));

        if (name == "invalid_xml_entity.xlf")
        {
            var error = await Assert.ThrowsAsync<DocumentFormatException>(() => Read(stream, name));
            Assert.Equal(name, error.FileName);
            Assert.Equal(8, error.Line); // a raw U+0003 in the <target>
            Assert.Contains("invalid character", error.Reason, StringComparison.OrdinalIgnoreCase);
            return;
        }

        var document = await Read(stream, name);

        Assert.NotEmpty(document.Segments);
        Assert.False(string.IsNullOrWhiteSpace(document.SourceLanguage));
        Assert.Equal(document.Segments.Count, document.Segments.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task ReadAsync_SegmentedUnit_GivesOneSegmentPerMrkWithUnitId()
    {
        var document = await ReadOkapi("segmented.xlf");

        var unit3 = document.Segments.Where(s => s.UnitId == "3").ToList();
        Assert.Equal(["Segment one.", "Segment two."], unit3.Select(s => s.Source.PlainText));
        Assert.Equal(["Segment ein.", "Segment zwei."], unit3.Select(s => s.Target!.PlainText));
        Assert.Equal("de", document.TargetLanguage);
        var first = document.Segments[0];
        Assert.Equal("Der schnelle braune fuchs sprang über den faulen hund.", first.Target!.PlainText);
        Assert.Equal(2, first.Notes.Count);
    }

    [Fact]
    public async Task ReadAsync_BptEptCodes_KeepNativeDataAndPairIds()
    {
        var document = await ReadOkapi("RB-11-Test01.xlf");

        var segment = document.Segments.Single(s => s.Id == "7");
        var codes = segment.Source.Elements.OfType<InlineCode>().ToList();
        Assert.Equal("Text with code and bold.", segment.Source.PlainText);
        Assert.Equal([InlineCodeKind.Opening, InlineCodeKind.Closing, InlineCodeKind.Opening, InlineCodeKind.Closing], codes.Select(c => c.Kind));
        Assert.Equal(["<code>", "</code>", "<b>", "</b>"], codes.Select(c => c.NativeData));
        Assert.Equal(["1", "1", "2", "2"], codes.Select(c => c.Id));
    }

    [Fact]
    public async Task ReadAsync_TranslateNoAndApproved_KeptInPropertiesAndState()
    {
        var document = await ReadOkapi("RB-11-Test01.xlf");

        Assert.Equal("no", document.Segments.Single(s => s.Id == "1").Properties["translate"]);
        Assert.Equal(SegmentState.Approved, document.Segments.Single(s => s.Id == "2").State);
        Assert.Equal("ID1", document.Segments.Single(s => s.Id == "6").Properties["resname"]);
        Assert.Single(document.Segments.Single(s => s.Id == "12").PreservedXml, x => x.Contains("Le texte numéro quatre.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_GroupCodes_BecomeOpeningAndClosingAroundText()
    {
        var document = await ReadOkapi("RB-12-Test02.xlf");

        var segment = document.Segments.Single(s => s.Id == "7");
        Assert.Equal("Text with  and more text.", segment.Source.PlainText);
        var codes = segment.Source.Elements.OfType<InlineCode>().ToList();
        Assert.Equal(["g", "x", "g"], codes.Select(c => c.Element));
        Assert.Equal([InlineCodeKind.Opening, InlineCodeKind.Standalone, InlineCodeKind.Closing], codes.Select(c => c.Kind));
    }

    [Fact]
    public async Task ReadAsync_PhWithSub_KeepsSubMarkupInNativeData()
    {
        var document = await ReadOkapi("Manual-12-AltTrans.xlf");

        var code = document.Segments.Single(s => s.Id == "6").Source.Elements.OfType<InlineCode>().Single();
        Assert.Equal("ph", code.Element);
        Assert.Contains("ph-in-sub", code.NativeData, StringComparison.Ordinal);
        Assert.Contains("<sub", code.NativeData, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_PassoloDuplicateIds_MakesSegmentIdsUniqueButKeepsUnitIds()
    {
        var document = await ReadOkapi("PAS-10-Test01.xlf");

        Assert.Contains(document.Segments, s => s.Id == "1#2" && s.UnitId == "1");
        Assert.Equal("&File", document.Segments[0].Source.PlainText);
    }

    [Theory]
    [InlineData("new", null, null, "Привіт", SegmentState.New)]
    [InlineData("needs-translation", null, null, "", SegmentState.New)]
    [InlineData("translated", null, null, "Привіт", SegmentState.Translated)]
    [InlineData("needs-review-translation", null, null, "Привіт", SegmentState.NeedsReview)]
    [InlineData("needs-review-l10n", null, null, "Привіт", SegmentState.NeedsReview)]
    [InlineData("final", null, null, "Привіт", SegmentState.Approved)]
    [InlineData("signed-off", null, null, "Привіт", SegmentState.Approved)]
    [InlineData("translated", null, "yes", "Привіт", SegmentState.Approved)]
    [InlineData("needs-review-translation", "rejected-inaccurate", null, "Привіт", SegmentState.Rejected)]
    [InlineData("x-rejected", null, null, "Привіт", SegmentState.Rejected)]
    [InlineData(null, null, null, "Привіт", SegmentState.Translated)]
    [InlineData(null, null, null, "", SegmentState.New)]
    public async Task ReadAsync_TargetState_MapsToSegmentState(string? state, string? qualifier, string? approved, string target, SegmentState expected)
    {
        var stateAttributes = (state is null ? "" : $" state=\"{state}\"") + (qualifier is null ? "" : $" state-qualifier=\"{qualifier}\"");
        var approvedAttribute = approved is null ? "" : $" approved=\"{approved}\"";
        var xml = $"""
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="greeting.txt" source-language="en" target-language="uk" datatype="plaintext"><body>
                <trans-unit id="1"{approvedAttribute}><source>Hello</source><target{stateAttributes}>{target}</target></trans-unit>
              </body></file>
            </xliff>
            """;

        var document = await ReadText(xml, "greeting.xlf");

        Assert.Equal(expected, document.Segments.Single().State);
    }

    [Fact]
    public async Task ReadAsync_ExternalEntity_IsRefusedWithClearError()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE xliff [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="a" source-language="en" datatype="plaintext"><body>
                <trans-unit id="1"><source>&xxe;</source></trans-unit>
              </body></file>
            </xliff>
            """;

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => ReadText(xml, "xxe.xlf"));

        Assert.StartsWith("xxe.xlf:2:", error.Message, StringComparison.Ordinal);
        Assert.Contains("entit", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_BillionLaughs_IsRefusedWithClearError()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <xliff version="1.2"><file original="a" source-language="en" datatype="plaintext"><body>
              <trans-unit id="1"><source>&lol3;</source></trans-unit></body></file></xliff>
            """;

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => ReadText(xml, "lol.xlf"));

        Assert.Equal("lol.xlf", error.FileName);
        Assert.Contains("entit", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_UnclosedTarget_NamesFileLineAndColumn()
    {
        const string xml = "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file original=\"a\" source-language=\"en\" datatype=\"plaintext\"><body>\n<trans-unit id=\"1\"><source>Hi</source><target>Привіт</trans-unit>\n</body></file></xliff>";

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => ReadText(xml, "broken.xlf"));

        Assert.Equal(3, error.Line);
        Assert.NotNull(error.Column);
        Assert.StartsWith("broken.xlf:3:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_SdlXliffThroughDefaultRegistry_PicksTheXliff12Reader()
    {
        var loader = new DocumentLoader(FormatRegistry.CreateDefault());

        var document = await loader.LoadAsync(Path.Combine(Folder, "test2_es.xlf"), ReadOptions.Default, CancellationToken.None);

        Assert.Equal("es-ES", document.TargetLanguage);
        Assert.Contains(document.Segments, s => s.Source.PlainText == "RSS 2.0" && s.UnitId == "9c83878a-2368-4775-a003-1d71635b9d7e");
    }

    [Theory]
    [InlineData("a.xlf", "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">", true)]
    [InlineData("a.xml", "<?xml version=\"1.0\"?><xliff version='1.1'>", true)]
    [InlineData("a.xlf", "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\">", false)]
    [InlineData("a.sdlxliff", "<?xml version=\"1.0\"?><!-- long comment", true)]
    [InlineData("a.tmx", "<tmx version=\"1.4\">", false)]
    public void CanRead_HeadAndExtension_RecognisesXliff1(string fileName, string head, bool expected)
    {
        Assert.Equal(expected, new Xliff12Reader().CanRead(fileName, head));
    }

    internal static async Task<BilingualDocument> ReadOkapi(string name)
    {
        await using var stream = File.OpenRead(Path.Combine(Folder, name));
        return await Read(stream, name);
    }

    internal static async Task<BilingualDocument> ReadText(string xml, string name)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return await Read(stream, name);
    }

    private static Task<BilingualDocument> Read(Stream stream, string name) =>
        new Xliff12Reader().ReadAsync(stream, name, ReadOptions.Default, CancellationToken.None);
}
