using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats;

/// <summary>Reads one bilingual file format into the document model.</summary>
public interface IBilingualReader
{
    /// <summary>Stable id of the format, as the CLI names it (<c>xliff</c>, <c>xliff12</c>, <c>tmx</c>, <c>tsv</c>).</summary>
    string FormatId { get; }

    /// <summary>
    /// True when this reader recognises the file: by its content first (the XML root and version in
    /// <paramref name="head"/>, the start of the file decoded leniently), by its extension second.
    /// </summary>
    bool CanRead(string fileName, string head);

    /// <summary>Reads the whole file. Throws <see cref="DocumentFormatException"/> for anything malformed.</summary>
    Task<BilingualDocument> ReadAsync(Stream input, string fileName, ReadOptions options, CancellationToken cancellationToken);
}
