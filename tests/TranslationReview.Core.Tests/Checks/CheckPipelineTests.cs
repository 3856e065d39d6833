using TranslationReview.Core.Alignment;
using TranslationReview.Core.Checks;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.PlainText;
using TranslationReview.Core.Segmentation;

namespace TranslationReview.Core.Tests.Checks;

public class CheckPipelineTests
{
    [Fact]
    public void CreateDefault_RegistersTheNumberDateAndSegmentChecks()
    {
        var ids = CheckPipeline.CreateDefault().Checks.Select(c => c.Id).ToList();

        Assert.Subset(ids.ToHashSet(), new HashSet<string> { "number.mismatch", "date.mismatch", "segment.untranslated", "segment.empty", "segment.length-ratio" });
    }

    [Fact]
    public async Task Run_KharkivSampleAlignedBySentence_FindsChangedNumberAndOmittedSentence()
    {
        var importer = new TextPairImporter(SrxSegmenter.Default, new SentenceAligner());
        var document = await importer.ImportAsync(
            TestData.ProjectPath("samples", "kharkiv-uk-en", "source.uk.txt"), TestData.ProjectPath("samples", "kharkiv-uk-en", "target.en.txt"),
            "uk", "en", ReadOptions.Default, CancellationToken.None);
        var segments = document.Segments.Select((s, i) => new CheckSegment(i + 1, s.Source.PlainText, s.Target?.PlainText ?? string.Empty)).ToList();

        var findings = CheckPipeline.CreateDefault().Run(new CheckContext(new CheckDocument(segments, "uk", "en"), null))
            .Where(f => f.CheckId.StartsWith("number.", StringComparison.Ordinal) || f.CheckId.StartsWith("date.", StringComparison.Ordinal)
                || f.CheckId.StartsWith("segment.", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.CheckId == "number.mismatch" && f.Target?.Text == "84 million" && f.Suggestion == "48 million");
        var omission = Assert.Single(findings, f => f.CheckId == "segment.empty");
        Assert.Equal("Детальну схему обʼїзду оприлюднено на офіційному сайті міської ради.", omission.Source?.Text);
    }
}
