namespace TranslationReview.Core.Formats.PlainText;

/// <summary>
/// Reads a plain-text file or stream as text: within the size limit, decoded as UTF-8 (BOM optional) or
/// UTF-16 with a BOM, every failure a <see cref="DocumentFormatException"/> naming the input.
/// </summary>
public static class PlainTextInput
{
    /// <summary>Reads a file from disk.</summary>
    public static async Task<string> ReadAsync(string path, ReadOptions options, CancellationToken cancellationToken)
    {
        await using var stream = InputFile.Open(path, options);
        return await ReadAsync(stream, path, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a stream (standard input, an upload); <paramref name="name"/> names it in errors.</summary>
    public static async Task<string> ReadAsync(Stream input, string name, ReadOptions options, CancellationToken cancellationToken)
    {
        using var buffer = await FileSizeLimit.ReadAllAsync(input, name, options, cancellationToken).ConfigureAwait(false);
        return TextDecoding.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), name);
    }

    /// <summary>
    /// Reads a file as lines, split on CRLF, LF or CR; a final line break adds no empty line, empty lines in
    /// between are kept (line-aligned files pair them by number).
    /// </summary>
    public static async Task<IReadOnlyList<string>> ReadLinesAsync(string path, ReadOptions options, CancellationToken cancellationToken)
    {
        var text = await ReadAsync(path, options, cancellationToken).ConfigureAwait(false);
        return [.. TextLines.Split(text).Select(line => line.Text)];
    }
}
