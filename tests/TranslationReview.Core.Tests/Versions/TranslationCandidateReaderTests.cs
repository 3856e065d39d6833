using TranslationReview.Core.Documents;
using TranslationReview.Core.Versions;

namespace TranslationReview.Core.Tests.Versions;

public class TranslationCandidateReaderTests
{
    private const string Xliff12 = "urn:oasis:names:tc:xliff:document:1.2";

    [Theory]
    [InlineData("""<alt-trans xmlns="urn:oasis:names:tc:xliff:document:1.2" origin="Google MT"><target>Kyiv awaits.</target></alt-trans>""", "Google MT", true)]
    [InlineData("""<alt-trans xmlns="urn:oasis:names:tc:xliff:document:1.2" tool-id="memoQ"><target>Kyiv awaits.</target></alt-trans>""", "memoQ", false)]
    [InlineData("""<alt-trans xmlns="urn:oasis:names:tc:xliff:document:1.2" origin="Draft" alttranstype="previous-version"><target>Kiev awaits.</target></alt-trans>""", "Draft (previous-version)", false)]
    [InlineData("""<alt-trans xmlns="urn:oasis:names:tc:xliff:document:1.2"><target>Kyiv awaits.</target></alt-trans>""", "alt-trans", false)]
    [InlineData("""<mtc:matches xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"><mtc:match ref="#s1" type="mt"><target xmlns="urn:oasis:names:tc:xliff:document:2.0">Kyiv awaits.</target></mtc:match></mtc:matches>""", "Machine translation", true)]
    [InlineData("""<mtc:matches xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"><mtc:match ref="#s1" type="tm" origin="Project TM"><target xmlns="urn:oasis:names:tc:xliff:document:2.0">Kyiv awaits.</target></mtc:match></mtc:matches>""", "Project TM", false)]
    public void Read_OneCandidate_LabelsItFromItsAttributes(string xml, string label, bool machine)
    {
        var document = Document(new Segment("u1", SegmentContent.FromText("Киев ждет."), null, SegmentState.New) { UnitId = "u1", PreservedXml = [xml] });

        var candidate = Assert.Single(TranslationCandidateReader.Read(document));

        Assert.Equal((0, label, machine), (candidate.SegmentIndex, candidate.Label, candidate.IsMachineTranslation));
        Assert.EndsWith("awaits.", candidate.Target.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AltTransWithMid_GoesToThatSegmentOfTheUnit()
    {
        var first = new Segment("u1/1", SegmentContent.FromText("Киев ждет."), null, SegmentState.New)
        {
            UnitId = "u1",
            Properties = new Dictionary<string, string> { ["xliff12/mid"] = "1" },
            PreservedXml = [$"""<alt-trans xmlns="{Xliff12}" mid="2" origin="Engine B"><target>Kharkiv is under fire.</target></alt-trans>"""],
        };
        var second = new Segment("u1/2", SegmentContent.FromText("Харьков под обстрелом."), null, SegmentState.New)
        {
            UnitId = "u1",
            Properties = new Dictionary<string, string> { ["xliff12/mid"] = "2" },
        };

        var candidate = Assert.Single(TranslationCandidateReader.Read(Document(first, second)));

        Assert.Equal((1, "Kharkiv is under fire."), (candidate.SegmentIndex, candidate.Target.PlainText));
    }

    [Fact]
    public void Read_PreservedXmlWithoutCandidates_FindsNothing()
    {
        var segment = new Segment("u1", SegmentContent.FromText("Киев ждет."), null, SegmentState.New)
        {
            UnitId = "u1",
            PreservedXml = ["""<gls:glossary xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0"/>""", "<!-- a comment -->", "not xml"],
        };

        Assert.Empty(TranslationCandidateReader.Read(Document(segment)));
    }

    private static BilingualDocument Document(params Segment[] segments) => new("a.xlf", "ru", "en", segments);
}
