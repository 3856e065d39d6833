using System.Text;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.PlainText;
using TranslationReview.Core.Segmentation;

namespace TranslationReview.Data.Tests.Infrastructure;

/// <summary>Translations to add to a document: bilingual files written out as text and read back, and plain texts split into sentences.</summary>
public static class AlternativeFiles
{
    /// <summary>Reads a bilingual file given as text, as the web app reads an upload.</summary>
    public static Task<BilingualDocument> ReadAsync(string fileName, string content) =>
        new DocumentLoader(FormatRegistry.CreateDefault()).LoadAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(content)), fileName, ReadOptions.Default, CancellationToken.None);

    /// <summary>The sentences of a plain-text file, segmented with the SRX rules of its language.</summary>
    public static async Task<IReadOnlyList<string>> SentencesAsync(string path, string language)
    {
        await using var input = File.OpenRead(path);
        var text = await new TextPairImporter(SrxSegmenter.Default, new Core.Alignment.SentenceAligner())
            .ReadAsync(input, Path.GetFileName(path), language, ReadOptions.Default, CancellationToken.None);
        return text.Sentences;
    }

    /// <summary>samples/nato-accession-ru-en: the Russian source aligned with the machine translation, as the web app imports it.</summary>
    public static Task<BilingualDocument> NatoMachineTranslationAsync() =>
        new TextPairImporter(SrxSegmenter.Default, new Core.Alignment.SentenceAligner()).ImportAsync(
            TestData.ProjectPath("samples", "nato-accession-ru-en", "source.ru.txt"),
            TestData.ProjectPath("samples", "nato-accession-ru-en", "target.mt.en.txt"),
            "ru",
            "en",
            ReadOptions.Default,
            CancellationToken.None);
}
