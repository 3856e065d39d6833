using System.Globalization;

namespace TranslationReview.Core.Formats;

/// <summary>
/// Enforces <see cref="ReadOptions.MaxBytes"/> while a file is read, so an oversized upload or pipe is refused
/// after at most the limit plus one chunk, never buffered whole.
/// </summary>
internal static class FileSizeLimit
{
    private const int ChunkSize = 81920;

    /// <summary>Throws when <paramref name="length"/> bytes exceed the limit.</summary>
    public static void Check(string fileName, long length, ReadOptions options)
    {
        if (length > options.MaxBytes)
        {
            throw new DocumentFormatException(fileName,
                $"the file is larger than the limit of {Describe(options.MaxBytes)}; split it or raise the limit");
        }
    }

    /// <summary>Reads the whole stream into memory, refusing it as soon as it passes the limit.</summary>
    public static async Task<MemoryStream> ReadAllAsync(Stream input, string fileName, ReadOptions options, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        try
        {
            var chunk = new byte[ChunkSize];
            int read;
            while ((read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, read);
                Check(fileName, buffer.Length, options);
            }

            buffer.Position = 0;
            return buffer;
        }
        catch
        {
            await buffer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The limit as users read it: "50 MB", or bytes for the small limits tests and uploads may set.</summary>
    private static string Describe(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}
