using System.Text;
using System.Xml.Linq;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Terminology;

namespace TranslationReview.Core.Tests.Terminology;

public class TbxWriterTests
{
    public static TheoryData<string, TbxVersion> OkapiFilesByVersion()
    {
        var data = new TheoryData<string, TbxVersion>();
        foreach (var file in Directory.GetFiles(TestData.PathOf("okapi", "tbx"), "*.tbx").Select(f => Path.GetFileName(f)).Order())
        {
            data.Add(file, TbxVersion.Tbx2);
            data.Add(file, TbxVersion.Tbx3);
        }

        return data;
    }

    private static async Task<Glossary> RoundTripAsync(Glossary glossary, TbxVersion version)
    {
        using var output = new MemoryStream();
        await TbxWriter.WriteAsync(glossary, version, output, CancellationToken.None);
        output.Position = 0;
        var options = new ReadOptions { SourceLanguage = glossary.SourceLanguage, TargetLanguage = glossary.TargetLanguage };
        return await TbxReader.ReadAsync(output, "terms.tbx", options, CancellationToken.None);
    }

    [Theory]
    [MemberData(nameof(OkapiFilesByVersion))]
    public async Task WriteAsync_OkapiTermbase_ReadsBackWithTheSameEntries(string file, TbxVersion version)
    {
        var original = await TbxReader.ReadAsync(TestData.PathOf("okapi", "tbx", file), ReadOptions.Default, CancellationToken.None);

        var reread = await RoundTripAsync(original, version);

        Assert.Equal(original.Entries.Count, reread.Entries.Count);
        Assert.All(original.Entries.Zip(reread.Entries), pair =>
        {
            GlossaryAssert.SameEntry(pair.First, pair.Second);
            Assert.Equal(pair.First.SubjectField, pair.Second.SubjectField);
            Assert.Equal(pair.First.Id, pair.Second.Id);
        });
    }

    [Theory]
    [InlineData(TbxVersion.Tbx2)]
    [InlineData(TbxVersion.Tbx3)]
    public async Task WriteAsync_NatoSampleGlossary_KeepsForbiddenRenderingsTypesAndNotes(TbxVersion version)
    {
        var original = await GlossaryLoader.LoadAsync(TestData.ProjectPath("samples", "nato-accession-ru-en", "glossary.csv"), "ru", "en", CancellationToken.None);

        var reread = await RoundTripAsync(original, version);

        Assert.Equal(48, reread.Entries.Count);
        Assert.All(original.Entries.Zip(reread.Entries), pair => GlossaryAssert.SameEntry(pair.First, pair.Second));
        Assert.Equal(["ru", "en"], reread.Languages);
    }

    [Fact]
    public void ToXml_Tbx2_WritesTbxBasicMartifWithStatusesAndEntryType()
    {
        var glossary = new Glossary("kharkiv", "uk", "en",
            [new GlossaryEntry("Харків", ["Kharkiv"], ["Kharkov"]) { Type = GlossaryEntryType.Place, Note = "Ukrainian-based spelling" }]);

        var xml = TbxWriter.ToXml(glossary, TbxVersion.Tbx2).Root!;

        Assert.Equal(("martif", "TBX-Basic", "uk"), (xml.Name.LocalName, (string?)xml.Attribute("type"), (string?)xml.Attribute(XNamespace.Xml + "lang")));
        Assert.Equal(XNamespace.None, xml.Name.Namespace);
        var entry = xml.Descendants("termEntry").Single();
        Assert.Equal("c1", (string?)entry.Attribute("id"));
        Assert.Equal("place", entry.Elements("descrip").Single(d => (string?)d.Attribute("type") == "entryType").Value);
        Assert.Equal("Ukrainian-based spelling", entry.Element("note")!.Value);
        var english = entry.Elements("langSet").Single(l => (string?)l.Attribute(XNamespace.Xml + "lang") == "en");
        Assert.Equal(
            [("Kharkiv", "preferredTerm-admn-sts"), ("Kharkov", "deprecatedTerm-admn-sts")],
            english.Elements("tig").Select(t => (t.Element("term")!.Value, t.Element("termNote")!.Value)));
    }

    [Fact]
    public async Task WriteAsync_Tbx3_UsesTheIsoNamespaceAndConceptEntries()
    {
        var glossary = new Glossary("nato", "ru", "en", [new GlossaryEntry("ФРГ", ["Germany", "Federal Republic of Germany"], ["FRG"])]);
        using var output = new MemoryStream();

        await TbxWriter.WriteAsync(glossary, TbxVersion.Tbx3, output, CancellationToken.None);
        var text = Encoding.UTF8.GetString(output.ToArray());

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text, StringComparison.Ordinal);
        Assert.Contains("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"ru\" xmlns=\"urn:iso:std:iso:30042:ed-2\">", text, StringComparison.Ordinal);
        Assert.Contains("<conceptEntry id=\"c1\">", text, StringComparison.Ordinal);
        Assert.Contains("<termSec>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("entryType", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToXml_DuplicateOrInvalidIds_AreReplacedByUniqueOnes()
    {
        var glossary = new Glossary("g", "ru", "en",
        [
            new GlossaryEntry("Киев", ["Kyiv"], []) { Id = "c2" },
            new GlossaryEntry("Москва", ["Moscow"], []) { Id = "12 bad" },
            new GlossaryEntry("Брюссель", ["Brussels"], []) { Id = "c2" },
        ]);

        var ids = TbxWriter.ToXml(glossary, TbxVersion.Tbx2).Descendants("termEntry").Select(e => (string?)e.Attribute("id")).ToList();

        Assert.Equal(["c2", "c2-2", "c3"], ids);
    }
}
