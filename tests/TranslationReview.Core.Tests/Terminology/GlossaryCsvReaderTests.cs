using System.Text;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Terminology;

namespace TranslationReview.Core.Tests.Terminology;

public class GlossaryCsvReaderTests
{
    private static Glossary Parse(string csv) => GlossaryCsvReader.Parse(csv, "terms.csv", "ru", "en");

    private static Task<Glossary> ReadBytesAsync(byte[] bytes) =>
        GlossaryCsvReader.ReadAsync(new MemoryStream(bytes), "terms.csv", "uk", "en", ReadOptions.Default, CancellationToken.None);

    [Fact]
    public async Task ReadAsync_NatoSampleGlossary_Reads48EntriesWithTypesAndRenderings()
    {
        var glossary = await GlossaryCsvReader.ReadAsync(
            TestData.ProjectPath("samples", "nato-accession-ru-en", "glossary.csv"), "ru", "en", ReadOptions.Default, CancellationToken.None);

        Assert.Equal(48, glossary.Entries.Count);
        Assert.Equal(("ru", "en", "glossary.csv"), (glossary.SourceLanguage, glossary.TargetLanguage, glossary.Name));
        var zelensky = glossary.Entries[0];
        Assert.Equal("Владимир Зеленский", zelensky.SourceTerm);
        Assert.Equal(["Volodymyr Zelensky", "Volodymyr Zelenskyy"], zelensky.TargetTerms);
        Assert.Contains("Vladimir Zelensky", zelensky.ForbiddenTerms);
        Assert.Equal(GlossaryEntryType.Person, zelensky.Type);
        Assert.StartsWith("Ukrainian name: transliterate from Ukrainian (Володимир)", zelensky.Note, StringComparison.Ordinal);
        var secretaryGeneral = Assert.Single(glossary.Entries, e => e.SourceTerm == "генеральный секретарь НАТО");
        Assert.Equal(GlossaryEntryType.Title, secretaryGeneral.Type);
        Assert.Equal(["NATO General Secretary"], secretaryGeneral.ForbiddenTerms);
        Assert.Empty(Assert.Single(glossary.Entries, e => e.SourceTerm == "Москва").ForbiddenTerms);
        Assert.Equal(5, glossary.Entries.Select(e => e.Type).Distinct().Count());
    }

    [Fact]
    public void Parse_QuotedFields_KeepCommasQuotesAndLineBreaks()
    {
        var glossary = Parse("source,target,forbidden,type,note\r\n" +
            "Херсонская область,\"Kherson Oblast|Kherson region\",,place,\"Coordinated: \"\"Херсонская и Запорожская области\"\",\nthe Kherson and Zaporizhzhia regions\"\r\n");

        var entry = Assert.Single(glossary.Entries);
        Assert.Equal(["Kherson Oblast", "Kherson region"], entry.TargetTerms);
        Assert.Equal("Coordinated: \"Херсонская и Запорожская области\",\nthe Kherson and Zaporizhzhia regions", entry.Note);
    }

    [Fact]
    public void Parse_HeaderInOtherOrderWithoutOptionalColumns_ReadsByName()
    {
        var glossary = Parse("Target,Source\nKyiv,Киев\n\n  \nMoscow,Москва\n");

        Assert.Equal(["Киев", "Москва"], glossary.Entries.Select(e => e.SourceTerm));
        Assert.Equal(["Kyiv"], glossary.Entries[0].TargetTerms);
        Assert.All(glossary.Entries, e => Assert.Equal(GlossaryEntryType.Term, e.Type));
    }

    [Fact]
    public void Parse_SpacesAroundRenderings_AreTrimmedAndEmptyOnesDropped()
    {
        var entry = Assert.Single(Parse("source,target,forbidden,type,note\nКиев, Kyiv ,Kiev | | Kyiv  City? ,PLACE,\n").Entries);

        Assert.Equal(["Kyiv"], entry.TargetTerms);
        Assert.Equal(["Kiev", "Kyiv City?"], entry.ForbiddenTerms);
        Assert.Equal(GlossaryEntryType.Place, entry.Type);
        Assert.Null(entry.Note);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[0])]
    public async Task ReadAsync_Utf8WithOrWithoutBom_ReadsUkrainianText(byte[] preamble)
    {
        var body = Encoding.UTF8.GetBytes("source,target,forbidden,type,note\nХарків,Kharkiv,Kharkov,place,\n");

        var glossary = await ReadBytesAsync([.. preamble, .. body]);

        Assert.Equal("Харків", Assert.Single(glossary.Entries).SourceTerm);
    }

    [Theory]
    [InlineData("src,tgt\nКиев,Kyiv\n", 1, "the header has an unknown column 'src'; the first line must be the header source,target,forbidden,type,note")]
    [InlineData("source,forbidden\nКиев,Kiev\n", 1, "the header must name the columns source and target; expected source,target,forbidden,type,note")]
    [InlineData("source,target,target\nКиев,Kyiv,Kyiv\n", 1, "the header names the column 'target' twice; expected source,target,forbidden,type,note")]
    [InlineData("source,target,forbidden,type,note\nКиев,Kyiv,Kiev,place,\nХерсонская область,Kherson, Oblast,,place,\n", 3,
        "the row has 6 fields but the header has 5; quote a field that contains a comma (\"Kherson, Oblast\")")]
    [InlineData("source,target,forbidden,type,note\nКиев,Kyiv,Kiev,place,\n ,Moscow,,place,\n", 3, "the source term is empty; every entry needs a source term")]
    [InlineData("source,target,forbidden,type,note\nКиев,Kyiv,Kiev,city,\n", 2,
        "unknown type 'city'; use one of person, place, title, organization, term (or leave it empty for term)")]
    [InlineData("source,target,forbidden,type,note\nКиев,Kyiv|Kiev,kiev,place,\n", 2,
        "'Kiev' is listed both as an accepted and as a forbidden rendering of 'Киев'; keep it in one column")]
    [InlineData("source,target,forbidden,type,note\nКиев,\"Kyiv,Kiev,place,\n", 2,
        "a quoted field is never closed; add the closing quote (\"), and write quotes inside it as two quotes (\"\")")]
    [InlineData("source,target,forbidden,type,note\nКиев,\"Kyiv\" City,,place,\n", 2,
        "unexpected text after a closing quote in field 2; inside a quoted field write a quote as two quotes (\"\")")]
    public void Parse_BadFile_FailsNamingTheLine(string csv, int line, string reason)
    {
        var error = Assert.Throws<DocumentFormatException>(() => Parse(csv));

        Assert.Equal(line, error.Line);
        Assert.Equal(reason, error.Reason);
        Assert.StartsWith($"terms.csv:{line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyFile_SaysWhatIsExpected()
    {
        var error = Assert.Throws<DocumentFormatException>(() => Parse("\n\n"));

        Assert.Equal("terms.csv: the file is empty; expected the header source,target,forbidden,type,note and one entry per line", error.Message);
    }

    [Fact]
    public async Task ReadAsync_Latin1Bytes_FailsAsNotUtf8()
    {
        var bytes = Encoding.Latin1.GetBytes("source,target\nMünchen,Munich\n");

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => ReadBytesAsync(bytes));

        Assert.Equal(2, error.Line);
        Assert.Contains("not valid UTF-8", error.Reason, StringComparison.Ordinal);
    }
}
