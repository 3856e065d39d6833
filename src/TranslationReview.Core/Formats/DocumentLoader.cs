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
        var fileName = Path.GetFileName(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new DocumentFormatException(path, "no such file");
        }

        CheckSize(fileName, info.Length, options);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        return await LoadAsync(stream, fileName, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Loads from a stream (an upload, standard input); <paramref name="fileName"/> names it in errors and guides detection.</summary>
    public async Task<BilingualDocument> LoadAsync(Stream input, string fileName, ReadOptions options, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            CheckSize(fileName, buffer.Length, options);
        }

        if (buffer.Length == 0)
        {
            throw new DocumentFormatException(fileName, "the file is empty");
        }

        var head = TextDecoding.Peek(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        if (head.Trim().Length == 0)
        {
            throw new DocumentFormatException(fileName, "the file holds only white space");
        }

        var reader = _registry.FindReader(fileName, head)
            ?? throw new DocumentFormatException(fileName,
                "unsupported format: expected XLIFF 1.2, XLIFF 2.x, TMX or TSV (source<TAB>target per line)");
        buffer.Position = 0;
        return await reader.ReadAsync(buffer, fileName, options, cancellationToken).ConfigureAwait(false);
    }

    private static void CheckSize(string fileName, long length, ReadOptions options)
    {
        if (length > options.MaxBytes)
        {
            throw new DocumentFormatException(fileName,
                $"the file is larger than the limit of {FormatMegabytes(options.MaxBytes)}; split it or raise the limit");
        }
    }

    private static string FormatMegabytes(long bytes) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB");
}
