using System.Text;
using TranslationReview.Core.Formats;

namespace TranslationReview.Core.Tests.Formats;

public class TextDecodingTests
{
    [Fact]
    public void Decode_Utf16LittleEndianWithBom_ReadsCyrillic()
    {
        var bytes = new UnicodeEncoding(false, true).GetPreamble().Concat(Encoding.Unicode.GetBytes("Київ\tKyiv")).ToArray();

        Assert.Equal("Київ\tKyiv", TextDecoding.Decode(bytes, "pair.tsv"));
    }

    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Харків")).ToArray();

        Assert.Equal("Харків", TextDecoding.Decode(bytes, "a.txt"));
    }

    [Fact]
    public void Decode_Windows1251Bytes_FailsNamingFileAndLine()
    {
        // "Киев" in windows-1251 on the second line is not valid UTF-8.
        var bytes = Encoding.UTF8.GetBytes("Kyiv\n").Concat(new byte[] { 0xCA, 0xE8, 0xE5, 0xE2 }).ToArray();

        var error = Assert.Throws<DocumentFormatException>(() => TextDecoding.Decode(bytes, "source.txt"));

        Assert.StartsWith("source.txt:2:", error.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }
}
