using System.Text;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.Tmx;

namespace TranslationReview.Core.Tests.Formats.Tmx;

public class TmxReaderTests
{
    private static readonly string Folder = TestData.PathOf("okapi", "tmx");

    public static TheoryData<string> OkapiFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Folder, "*.tmx").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OkapiFiles))]
    public async Task ReadAsync_OkapiFile_LoadsWithSourceAndTargets(string name)
    {
        var document = await ReadOkapi(name);

        Assert.NotEmpty(document.Segments);
        Assert.NotNull(document.TargetLanguage);
        Assert.All(document.Segments, s => Assert.False(string.IsNullOrEmpty(s.Source.PlainText)));
        Assert.Contains(document.Segments, s => s.Target is { PlainText.Length: > 0 });
    }

    [Fact]
    public async Task ReadAsync_Utf16WithDoctype_ReadsWhitespaceCharacterReferences()
    {
        var document = await ReadOkapi("ImportTest1A.tmx");

        Assert.Equal("en-us", document.SourceLanguage);
        Assert.Equal("fr-ca", document.TargetLanguage);
        Assert.Equal("First segment with [\t\t   ]", document.Segments[0].Source.PlainText);
        Assert.Equal("Premier segment avec [\t\t   ]", document.Segments[0].Target!.PlainText);
    }

    [Theory]
    [InlineData(null, "en-gb", "First entry in UK English")]
    [InlineData("fr-CA", "fr-CA", "First entry in French Canadian")]
    [InlineData("JA-JP", "JA-JP", "First entry in Japanese")]
    [InlineData("es", "es", "First entry in Spanish")]
    public async Task ReadAsync_MultilingualUnits_TakesRequestedOrFirstOtherLanguage(string? requested, string expectedLanguage, string expectedTarget)
    {
        var document = await ReadOkapi("ImportTest1C.tmx", new ReadOptions { TargetLanguage = requested });

        Assert.Equal(expectedLanguage, document.TargetLanguage);
        Assert.Equal(expectedTarget, document.Segments[0].Target!.PlainText);
        Assert.Equal("Second entry in US English", document.Segments[1].Source.PlainText);
    }

    [Fact]
    public async Task ReadAsync_MixedCaseLanguageTags_MatchCaseInsensitively()
    {
        var document = await ReadOkapi("ImportTest1B.tmx");

        Assert.Equal("Text of the segment", document.Segments.Single().Source.PlainText);
        Assert.Equal("Texte du segment", document.Segments.Single().Target!.PlainText);
    }

    [Fact]
    public async Task ReadAsync_UnitAttributesPropsAndNotes_KeptOnSegment()
    {
        var document = await ReadOkapi("ImportTest1L.tmx");

        var segment = document.Segments.Single();
        Assert.Equal("tu001", segment.Id);
        Assert.Equal("20020523T091200Z", segment.Properties["creationdate"]);
        Assert.Equal("ys", segment.Properties["changeid"]);
        Assert.Equal("Data", segment.Properties["prop:myPropeType"]);
        Assert.Equal(["Text of tu note 1", "Text of tu note 2"], segment.Notes.Select(n => n.Text));
        Assert.Equal("Texte du segment.", segment.Target!.PlainText);
        Assert.Single(segment.PreservedXml); // the en-gb variant
    }

    [Fact]
    public async Task ReadAsync_BptEptPairs_BecomeCodesWithNativeData()
    {
        var document = await ReadOkapi("ImportTest2A.tmx");

        var source = document.Segments[0].Source;
        Assert.Equal("The big black cat sleeps.", source.PlainText);
        var codes = source.Elements.OfType<InlineCode>().ToList();
        Assert.Equal(["<b>", "</b>", "<u>", "</u>"], codes.Select(c => c.NativeData));
        Assert.Equal(["1", "1", "2", "2"], codes.Select(c => c.Id));
        Assert.Equal("bold", codes[0].Attributes["type"]);
    }

    [Fact]
    public async Task ReadAsync_PhItHiAndUt_BecomeCodes()
    {
        const string xml = """
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="html"/>
            <body><tu><tuv xml:lang="en"><seg>Click <ph x="1" type="image">&lt;img/&gt;</ph> <hi x="2" type="term">Save</hi><it pos="begin" x="3">&lt;b&gt;</it> now<ut>{\b}</ut></seg></tuv>
            <tuv xml:lang="uk"><seg>Натисніть <ph x="1" type="image">&lt;img/&gt;</ph> <hi x="2" type="term">Зберегти</hi></seg></tuv></tu></body></tmx>
            """;

        var document = await ReadText(xml, "codes.tmx");

        var codes = document.Segments[0].Source.Elements.OfType<InlineCode>().ToList();
        Assert.Equal(["ph", "hi", "hi", "it", "ut"], codes.Select(c => c.Element));
        Assert.Equal([InlineCodeKind.Standalone, InlineCodeKind.Opening, InlineCodeKind.Closing, InlineCodeKind.Standalone, InlineCodeKind.Standalone], codes.Select(c => c.Kind));
        Assert.Equal("<img/>", codes[0].NativeData);
        Assert.Equal("Натисніть  Зберегти", document.Segments[0].Target!.PlainText);
    }

    [Fact]
    public async Task ReadAsync_Tmx11LangAttribute_IsAccepted()
    {
        const string xml = """
            <tmx version="1.1"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="EN-US" datatype="plaintext"/>
            <body><tu><tuv lang="en-us"><seg>Good morning</seg></tuv><tuv lang="ru-ru"><seg>Доброе утро</seg></tuv></tu></body></tmx>
            """;

        var document = await ReadText(xml, "old.tmx");

        Assert.Equal("ru-ru", document.TargetLanguage);
        Assert.Equal("Доброе утро", document.Segments[0].Target!.PlainText);
    }

    [Fact]
    public async Task ReadAsync_SourceLanguageAll_TakesEachUnitsSourceLanguage()
    {
        const string xml = """
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="*all*" datatype="plaintext"/>
            <body><tu srclang="de-DE"><tuv xml:lang="de-DE"><seg>Guten Morgen</seg></tuv><tuv xml:lang="pl-PL"><seg>Dzień dobry</seg></tuv></tu>
            <tu srclang="de-DE"><tuv xml:lang="pl-PL"><seg>Dobranoc</seg></tuv><tuv xml:lang="de-DE"><seg>Gute Nacht</seg></tuv></tu></body></tmx>
            """;

        var document = await ReadText(xml, "all.tmx");

        Assert.Equal("de-DE", document.SourceLanguage);
        Assert.Equal("pl-PL", document.TargetLanguage);
        Assert.Equal(["Guten Morgen", "Gute Nacht"], document.Segments.Select(s => s.Source.PlainText));
        Assert.Equal(["Dzień dobry", "Dobranoc"], document.Segments.Select(s => s.Target!.PlainText));
    }

    [Fact]
    public async Task ReadAsync_ExternalEntity_IsRefusedWithClearError()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE tmx [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&xxe;</seg></tuv></tu></body></tmx>
            """;

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => ReadText(xml, "xxe.tmx"));

        Assert.StartsWith("xxe.tmx:2:", error.Message, StringComparison.Ordinal);
        Assert.Contains("entit", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_BillionLaughs_IsRefusedWithClearError()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE tmx [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            ]>
            <tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&lol2;</seg></tuv></tu></body></tmx>
            """;

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => ReadText(xml, "lol.tmx"));

        Assert.Equal("lol.tmx", error.FileName);
        Assert.Contains("entit", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MismatchedTag_NamesFileLineAndColumn()
    {
        const string xml = "<tmx version=\"1.4\"><header srclang=\"en\"/>\n<body>\n<tu><tuv xml:lang=\"en\"><seg>Hello</tuv></tu>\n</body></tmx>";

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => ReadText(xml, "broken.tmx"));

        Assert.StartsWith("broken.tmx:3:", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Column);
    }

    [Fact]
    public async Task ReadAsync_TuvWithoutLanguage_FailsNamingTheUnit()
    {
        const string xml = "<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n<tu><tuv><seg>Hello</seg></tuv></tu></body></tmx>";

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => ReadText(xml, "nolang.tmx"));

        Assert.Equal(2, error.Line);
        Assert.Contains("xml:lang", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_Utf16TmxThroughDefaultRegistry_PicksTheTmxReader()
    {
        var loader = new DocumentLoader(FormatRegistry.CreateDefault());

        var document = await loader.LoadAsync(Path.Combine(Folder, "ImportTest2B.tmx"), ReadOptions.Default, CancellationToken.None);

        Assert.Equal("fr-ca", document.TargetLanguage);
        Assert.Equal("Le gros chat noir dors.", document.Segments[0].Target!.PlainText);
    }

    [Theory]
    [InlineData("memory.tmx", "<?xml version=\"1.0\"?><!DOCTYPE tmx SYSTEM \"tmx14.dtd\"><tmx version=\"1.4\">", true)]
    [InlineData("memory.xml", "<tmx version=\"1.4\">", true)]
    [InlineData("memory.tmx", "<?xml version=\"1.0\"?><!-- exported -->", true)]
    [InlineData("memory.xlf", "<xliff version=\"1.2\">", false)]
    public void CanRead_HeadAndExtension_RecognisesTmx(string fileName, string head, bool expected)
    {
        Assert.Equal(expected, new TmxReader().CanRead(fileName, head));
    }

    internal static async Task<BilingualDocument> ReadOkapi(string name, ReadOptions? options = null)
    {
        await using var stream = File.OpenRead(Path.Combine(Folder, name));
        return await new TmxReader().ReadAsync(stream, name, options ?? ReadOptions.Default, CancellationToken.None);
    }

    internal static async Task<BilingualDocument> ReadText(string xml, string name)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return await new TmxReader().ReadAsync(stream, name, ReadOptions.Default, CancellationToken.None);
    }
}
