using TranslationReview.Core.Alignment;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.PlainText;
using TranslationReview.Core.Segmentation;

namespace TranslationReview.EndToEnd.Tests.Browser;

/// <summary>The engine run directly, to know what the workbench should show and to read its exports back.</summary>
public static class Engine
{
    public static string SamplePath(params string[] parts) => TestData.ProjectPath(["samples", .. parts]);

    /// <summary>The document the workbench builds from a plain-text pair.</summary>
    public static Task<BilingualDocument> AlignAsync(string sourcePath, string targetPath, string sourceLanguage, string targetLanguage) =>
        new TextPairImporter(SrxSegmenter.Default, new SentenceAligner())
            .ImportAsync(sourcePath, targetPath, sourceLanguage, targetLanguage, ReadOptions.Default, CancellationToken.None);

    /// <summary>Reads a file (an export, for example) with the engine's loader.</summary>
    public static Task<BilingualDocument> LoadAsync(string path) =>
        new DocumentLoader(FormatRegistry.CreateDefault()).LoadAsync(path, ReadOptions.Default, CancellationToken.None);

    /// <summary>The engine's one-line error for a file it cannot read.</summary>
    public static async Task<string> ErrorOfAsync(string fileName, byte[] content)
    {
        using var stream = new MemoryStream(content);
        var error = await Assert.ThrowsAsync<DocumentFormatException>(() =>
            new DocumentLoader(FormatRegistry.CreateDefault()).LoadAsync(stream, fileName, ReadOptions.Default, CancellationToken.None));
        return error.Message;
    }
}
