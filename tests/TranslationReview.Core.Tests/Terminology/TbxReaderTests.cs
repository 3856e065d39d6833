using System.Text;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Terminology;

namespace TranslationReview.Core.Tests.Terminology;

public class TbxReaderTests
{
    public static TheoryData<string> OkapiFiles() =>
        [.. Directory.GetFiles(TestData.PathOf("okapi", "tbx"), "*.tbx").Select(f => Path.GetFileName(f)).Order()];

    private static Task<Glossary> ReadOkapiAsync(string file, ReadOptions? options = null) =>
        TbxReader.ReadAsync(TestData.PathOf("okapi", "tbx", file), options ?? ReadOptions.Default, CancellationToken.None);

    private static Task<Glossary> ReadAsync(string xml, ReadOptions? options = null) =>
        TbxReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "terms.tbx", options ?? ReadOptions.Default, CancellationToken.None);

    [Theory]
    [MemberData(nameof(OkapiFiles))]
    public async Task ReadAsync_OkapiTermbase_LoadsEntriesWithTermsOnBothSides(string file)
    {
        var glossary = await ReadOkapiAsync(file);

        // Every Okapi sample is bilingual or multilingual and has at least one concept.
        Assert.NotEmpty(glossary.Entries);
        Assert.NotNull(glossary.TargetLanguage);
        Assert.All(glossary.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.SourceTerm)));
        Assert.Contains(glossary.Entries, e => e.TargetTerms.Count > 0);
    }

    [Theory]
    [InlineData("ibm_tbx.tbx", "en", "fr", 5)]
    [InlineData("maryland.tbx", "en", "fr", 1)]
    [InlineData("oracle_TBX.tbx", "en", "pt", 2)]
    [InlineData("sdl_tbx.tbx", "en", "de", 223)]
    [InlineData("test01.tbx", "en", "hu", 1)]
    [InlineData("test02_win1254.tbx", "en", "tr", 1)]
    public async Task ReadAsync_OkapiTermbase_PicksLanguagesAndCountsEntries(string file, string source, string target, int entries)
    {
        var glossary = await ReadOkapiAsync(file);

        Assert.Equal((source, target), (glossary.SourceLanguage.ToLowerInvariant(), glossary.TargetLanguage));
        Assert.Equal(entries, glossary.Entries.Count);
    }

    [Fact]
    public async Task ReadAsync_Test01_ReadsTermsSubjectAndDefinition()
    {
        var entry = Assert.Single((await ReadOkapiAsync("test01.tbx")).Entries);

        Assert.Equal("eid-Oracle-67", entry.Id);
        Assert.Equal("alpha smoothing factor", entry.SourceTerm);
        Assert.Equal(["Alfa simítási tényező"], entry.TargetTerms);
        Assert.Equal("manufacturing", entry.SubjectField);
        Assert.Equal("A value between 0 and 1 used in ...", entry.Note);
        Assert.Equal("noun", entry.TermsByLanguage["hu"][0].PartOfSpeech);
    }

    [Theory]
    [InlineData("en", "pt", "GREs and PREs represent an employer the governments recognise")]
    [InlineData("pt", "en", "Termo específico aos EUA.")]
    public async Task ReadAsync_LanguageLevelNotes_PreferTheSourceLanguage(string source, string target, string noteStart)
    {
        var glossary = await ReadOkapiAsync("oracle_TBX.tbx", new ReadOptions { SourceLanguage = source, TargetLanguage = target });

        Assert.StartsWith(noteStart, glossary.Entries[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Windows1254Termbase_DecodesTurkishLetters()
    {
        var entry = Assert.Single((await ReadOkapiAsync("test02_win1254.tbx")).Entries);

        Assert.Equal("tr term with: éá and İı", Assert.Single(entry.TargetTerms));
    }

    [Fact]
    public async Task ReadAsync_MedtronicDeprecatedEnglishTerm_IsForbiddenInEnglishTarget()
    {
        var glossary = await ReadOkapiAsync("medtronic_TBX.tbx", new ReadOptions { SourceLanguage = "fr", TargetLanguage = "en" });

        var alert = Assert.Single(glossary.Entries, e => e.TargetTerms.Contains("audible alert"));
        Assert.Equal(["audible notification"], alert.ForbiddenTerms);
        Assert.Contains("audible notification", glossary.Entries.SelectMany(e => e.ForbiddenTerms));
        Assert.DoesNotContain(glossary.Entries, e => e.TargetTerms.Intersect(e.ForbiddenTerms).Any());
    }

    [Fact]
    public async Task ReadAsync_SourceLanguageOption_MatchesRegionlessAndCaseInsensitive()
    {
        var glossary = await ReadOkapiAsync("sdl_tbx.tbx", new ReadOptions { SourceLanguage = "DE-de", TargetLanguage = "en-US" });

        // 179 of the 223 concepts have a German term.
        Assert.Equal(179, glossary.Entries.Count);
        Assert.Equal("Zickzackfalz", glossary.Entries[0].SourceTerm);
        Assert.Equal(["Harmonikafalz"], glossary.Entries[0].SourceSynonyms);
    }

    [Fact]
    public async Task ReadAsync_LanguageNotInTermbase_FailsListingItsLanguages()
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(() =>
            ReadOkapiAsync("test01.tbx", new ReadOptions { SourceLanguage = "en", TargetLanguage = "uk" }));

        Assert.Equal("test01.tbx: the termbase has no terms in the target language 'uk'; it has terms in en, hu", error.Message);
    }

    [Fact]
    public async Task ReadAsync_Tbx3_ReadsConceptsAndStatuses()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader><fileDesc><sourceDesc><p>Acme UI terms</p></sourceDesc></fileDesc></tbxHeader>
              <text><body>
                <conceptEntry id="c42">
                  <descrip type="subjectField">user interface</descrip>
                  <langSec xml:lang="en"><termSec><term>sign in</term></termSec></langSec>
                  <langSec xml:lang="de">
                    <termSec><term>Anmelden</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
                    <termSec><term>Einloggen</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
                    <termSec><term>Login durchführen</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec>
                    <termSec><term>Einmelden</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
                  </langSec>
                </conceptEntry>
              </body></text>
            </tbx>
            """;

        var entry = Assert.Single((await ReadAsync(xml)).Entries);

        Assert.Equal("c42", entry.Id);
        Assert.Equal("sign in", entry.SourceTerm);
        Assert.Equal(["Anmelden", "Einmelden"], entry.TargetTerms);
        Assert.Equal(["Einloggen", "Login durchführen"], entry.ForbiddenTerms);
        Assert.Equal("user interface", entry.SubjectField);
    }

    [Fact]
    public async Task ReadAsync_Tbx3DctStyle_ReadsStatusElements()
    {
        const string xml = """
            <tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
                 xmlns:basic="http://www.tbxinfo.net/ns/basic">
              <text><body>
                <conceptEntry id="c7">
                  <langSec xml:lang="en-US"><termSec><term>checkout</term><basic:partOfSpeech>noun</basic:partOfSpeech></termSec></langSec>
                  <langSec xml:lang="fr-FR">
                    <termSec><term>paiement</term></termSec>
                    <termSec><term>check-out</term><basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec>
                  </langSec>
                </conceptEntry>
              </body></text>
            </tbx>
            """;

        var glossary = await ReadAsync(xml, new ReadOptions { SourceLanguage = "en", TargetLanguage = "fr" });

        var entry = Assert.Single(glossary.Entries);
        Assert.Equal(["paiement"], entry.TargetTerms);
        Assert.Equal(["check-out"], entry.ForbiddenTerms);
        Assert.Equal("noun", entry.TermsByLanguage["en-US"][0].PartOfSpeech);
    }

    [Fact]
    public async Task ReadAsync_TermbaseWithoutEntries_GivesAnEmptyGlossary()
    {
        var glossary = await ReadAsync("<martif type=\"TBX\" xml:lang=\"de\"><martifHeader/><text><body/></text></martif>");

        Assert.Empty(glossary.Entries);
        Assert.Equal("de", glossary.SourceLanguage);
        Assert.Null(glossary.TargetLanguage);
    }

    [Theory]
    [InlineData("<termNote type=\"termStatus\">forbidden</termNote>", TermStatus.Forbidden)]
    [InlineData("<termNote type=\"termStatus\">notRecommended</termNote>", TermStatus.Forbidden)]
    [InlineData("<termNote type=\"normativeAuthorization\">deprecatedTerm</termNote>", TermStatus.Forbidden)]
    [InlineData("<termNote type=\"termStatus\">admitted</termNote>", TermStatus.Admitted)]
    [InlineData("<termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote>", TermStatus.Preferred)]
    [InlineData("", TermStatus.Admitted)]
    public async Task ReadAsync_Tbx2StatusNote_SetsTermStatus(string statusNote, TermStatus expected)
    {
        var xml = $"""
            <martif type="TBX" xml:lang="en"><text><body>
              <termEntry id="t1">
                <langSet xml:lang="en"><tig><term>hard disk</term></tig></langSet>
                <langSet xml:lang="fr"><ntig><termGrp><term>disque dur</term>{statusNote}</termGrp></ntig></langSet>
              </termEntry>
            </body></text></martif>
            """;

        var entry = Assert.Single((await ReadAsync(xml)).Entries);

        Assert.Equal(expected, Assert.Single(entry.TermsByLanguage["fr"]).Status);
        Assert.Equal(expected == TermStatus.Forbidden, entry.ForbiddenTerms.Contains("disque dur"));
    }

    [Theory]
    [InlineData("<glossary><entry/></glossary>", "terms.tbx:1:2: not a TBX termbase: the root element is <glossary>")]
    [InlineData("<martif><text><body><termEntry><langSet><tig><term>x</term></tig></langSet></termEntry></body></text></martif>",
        "terms.tbx:1:33: <langSet> has no xml:lang")]
    [InlineData("<martif><text><body><termEntry>", "terms.tbx:1:")]
    [InlineData("", "terms.tbx: the file is empty")]
    public async Task ReadAsync_BrokenTermbase_FailsWithPosition(string xml, string expectedStart)
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => ReadAsync(xml));

        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_OverTheSizeLimit_IsRefused()
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(() =>
            ReadOkapiAsync("sdl_tbx.tbx", new ReadOptions { MaxBytes = 64 * 1024 }));

        Assert.StartsWith("sdl_tbx.tbx: the file is larger than the limit", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("terms.xml", "<?xml version=\"1.0\"?>\n<martif type=\"TBX\">", true)]
    [InlineData("terms.xml", "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\">", true)]
    [InlineData("terms.TBX", "", true)]
    [InlineData("memory.tmx", "<tmx version=\"1.4\">", false)]
    public void CanRead_RootOrExtension_Recognises(string fileName, string head, bool expected)
    {
        Assert.Equal(expected, TbxReader.CanRead(fileName, head));
    }
}
