using System.Text;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Terminology;

namespace TranslationReview.Core.Tests.Terminology;

public class GlossaryCsvWriterTests
{
    [Theory]
    [InlineData("nato-accession-ru-en", "ru")]
    [InlineData("kharkiv-uk-en", "uk")]
    public async Task WriteAsync_SampleGlossary_ReadsBackWithTheSameEntries(string sample, string sourceLanguage)
    {
        var original = await GlossaryCsvReader.ReadAsync(
            TestData.ProjectPath("samples", sample, "glossary.csv"), sourceLanguage, "en", ReadOptions.Default, CancellationToken.None);
        using var output = new MemoryStream();

        await GlossaryCsvWriter.WriteAsync(original, output, CancellationToken.None);
        output.Position = 0;
        var reread = await GlossaryCsvReader.ReadAsync(output, "glossary.csv", sourceLanguage, "en", ReadOptions.Default, CancellationToken.None);

        Assert.Equal(original.Entries.Count, reread.Entries.Count);
        Assert.All(original.Entries.Zip(reread.Entries), pair => GlossaryAssert.SameEntry(pair.First, pair.Second));
    }

    [Fact]
    public void Write_FieldsWithCommasAndQuotes_AreQuoted()
    {
        var glossary = new Glossary("g", "ru", "en",
        [
            new GlossaryEntry("Херсонская область", ["Kherson Oblast", "Kherson region"], ["Khersonskaya Oblast"])
            {
                Type = GlossaryEntryType.Place,
                Note = "Coordinated: \"Херсонская и Запорожская области\", plural",
            },
            new GlossaryEntry("СВО", ["special military operation"], []),
        ]);

        var csv = GlossaryCsvWriter.Write(glossary);

        Assert.Equal(
            "source,target,forbidden,type,note\r\n" +
            "Херсонская область,Kherson Oblast|Kherson region,Khersonskaya Oblast,place,\"Coordinated: \"\"Херсонская и Запорожская области\"\", plural\"\r\n" +
            "СВО,special military operation,,term,\r\n",
            csv);
    }

    [Fact]
    public async Task WriteAsync_File_StartsWithUtf8ByteOrderMarkForSpreadsheets()
    {
        using var output = new MemoryStream();

        await GlossaryCsvWriter.WriteAsync(new Glossary("g", "uk", "en", [new GlossaryEntry("Харків", ["Kharkiv"], ["Kharkov"])]), output, CancellationToken.None);

        Assert.Equal([0xEF, 0xBB, 0xBF], output.ToArray()[..3]);
        Assert.EndsWith("Харків,Kharkiv,Kharkov,term,\r\n", Encoding.UTF8.GetString(output.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RenderingWithSeparator_FailsSuggestingTbx()
    {
        var glossary = new Glossary("g", "ru", "en", [new GlossaryEntry("или", ["either|or"], [])]);

        var error = Assert.Throws<ArgumentException>(() => GlossaryCsvWriter.Write(glossary));

        Assert.Contains("export the glossary as TBX", error.Message, StringComparison.Ordinal);
    }
}
