using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats;

/// <summary>Writes the document model as one bilingual file format.</summary>
public interface IBilingualWriter
{
    /// <summary>Stable id of the format, as the CLI names it (<c>xliff</c>, <c>xliff12</c>, <c>tmx</c>, <c>tsv</c>, <c>txt</c>).</summary>
    string FormatId { get; }

    /// <summary>The usual file extension, with the dot (<c>.xlf</c>).</summary>
    string FileExtension { get; }

    /// <summary>Writes the document as UTF-8.</summary>
    Task WriteAsync(BilingualDocument document, Stream output, CancellationToken cancellationToken);
}
