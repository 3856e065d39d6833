using TranslationReview.Core.Alignment;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.PlainText;
using TranslationReview.Core.Segmentation;

namespace TranslationReview.Data.Tests.Infrastructure;

/// <summary>Documents the engine makes from the project's samples and the public test suites.</summary>
public static class SampleDocuments
{
    /// <summary>samples/kharkiv-uk-en segmented and aligned, as the web app imports it.</summary>
    public static Task<BilingualDocument> KharkivAsync() =>
        new TextPairImporter(SrxSegmenter.Default, new SentenceAligner()).ImportAsync(
            TestData.ProjectPath("samples", "kharkiv-uk-en", "source.uk.txt"),
            TestData.ProjectPath("samples", "kharkiv-uk-en", "target.en.txt"),
            "uk",
            "en",
            ReadOptions.Default,
            CancellationToken.None);

    /// <summary>A file of the OASIS XLIFF 2.1 test suite (core/valid).</summary>
    public static Task<BilingualDocument> Xliff2Async(string fileName) =>
        LoadAsync(TestData.PathOf("xliff-2.1-test-suite", "core", "valid", fileName));

    /// <summary>Any bilingual file the engine reads.</summary>
    public static Task<BilingualDocument> LoadAsync(string path) =>
        new DocumentLoader(FormatRegistry.CreateDefault()).LoadAsync(path, ReadOptions.Default, CancellationToken.None);

    /// <summary>A synthetic document of <paramref name="count"/> plain segments, every tenth low-confidence.</summary>
    public static BilingualDocument Numbered(int count, string name = "numbered.txt") =>
        new(name, "uk", "en", Enumerable.Range(1, count).Select(NumberedSegment).ToList());

    /// <summary>Writes a document with one of the engine's writers.</summary>
    public static async Task<string> WriteAsync(BilingualDocument document, string formatId)
    {
        using var output = new MemoryStream();
        await FormatRegistry.CreateDefault().FindWriter(formatId)!.WriteAsync(document, output, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }

    private static Segment NumberedSegment(int n) =>
        new(n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            SegmentContent.FromText($"Речення номер {n}: Київ і Харків."),
            SegmentContent.FromText($"Sentence number {n}: Kyiv and Kharkiv."),
            SegmentState.Translated)
        {
            Properties = new Dictionary<string, string>
            {
                [TextPairImporter.AlignmentConfidenceProperty] = n % 10 == 0 ? "0.250" : "0.900",
            },
        };
}
