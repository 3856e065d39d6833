using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats;

/// <summary>
/// Opens any supported bilingual file: enforces the size limit, refuses empty files, picks the reader by
/// content and extension, and turns every failure into a <see cref="DocumentFormatException"/>.
/// </summary>
public sealed class DocumentLoader
{
    private readonly FormatRegistry _registry;

    /// <summary>Creates a loader over the given formats.</summary>
    public DocumentLoader(FormatRegistry registry) => _registry = registry;

    /// <summary>Loads a file from disk.</summary>
    public async Task<BilingualDocument> LoadAsync(string path, ReadOptions options, CancellationToken cancellationToken)
    {
        await using var stream = InputFile.Open(path, options);
        var fileName = Path.GetFileName(path);
        return await LoadAsync(stream, fileName, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Loads from a stream (an upload, standard input); <paramref name="fileName"/> names it in errors and guides detection.</summary>
    public async Task<BilingualDocument> LoadAsync(Stream input, string fileName, ReadOptions options, CancellationToken cancellationToken)
    {
        using var buffer = await FileSizeLimit.ReadAllAsync(input, fileName, options, cancellationToken).ConfigureAwait(false);
        if (buffer.Length == 0)
        {
            throw new DocumentFormatException(fileName, "the file is empty");
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var head = TextDecoding.Peek(bytes);
        // The head is only the first 4 KB: look at the whole file before calling it blank.
        if (head.Trim().Length == 0 && TextDecoding.Peek(bytes, bytes.Length).Trim().Length == 0)
        {
            throw new DocumentFormatException(fileName, "the file holds only white space");
        }

        var reader = _registry.FindReader(fileName, head)
            ?? throw new DocumentFormatException(fileName,
                $"unsupported format: the file looks like {ContentSniffing.Describe(bytes, head)}; expected XLIFF 1.2, XLIFF 2.x, TMX or TSV (source<TAB>target per line)");
        buffer.Position = 0;
        return await reader.ReadAsync(buffer, fileName, options, cancellationToken).ConfigureAwait(false);
    }
}
