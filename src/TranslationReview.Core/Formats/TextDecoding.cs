using System.Text;

namespace TranslationReview.Core.Formats;

/// <summary>
/// Decodes plain-text formats (TSV, plain text): UTF-8 with or without a byte order mark, UTF-16 LE/BE with
/// one. Bytes that are not valid in the detected encoding are an error naming the line, never replaced
/// silently.
/// </summary>
public static class TextDecoding
{
    /// <summary>Decodes the whole stream.</summary>
    public static async Task<string> ReadAllAsync(Stream input, string fileName, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await input.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), fileName);
    }

    /// <summary>Decodes bytes, detecting the encoding from the byte order mark (UTF-8 when there is none).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string fileName)
    {
        var (encoding, preamble) = Detect(bytes);
        var body = bytes[preamble..];
        try
        {
            return encoding.GetString(body);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = Math.Max(0, ex.Index);
            var line = CountLines(body[..Math.Min(offset, body.Length)]);
            throw new DocumentFormatException(fileName, line, null,
                $"the text is not valid {encoding.WebName.ToUpperInvariant()} (byte offset {offset + preamble}); save the file as UTF-8 or UTF-16 with a byte order mark");
        }
    }

    /// <summary>The start of a file decoded leniently, for format detection.</summary>
    public static string Peek(ReadOnlySpan<byte> bytes, int maxBytes = 4096)
    {
        var (encoding, preamble) = Detect(bytes);
        var head = bytes[preamble..Math.Min(bytes.Length, maxBytes)];
        var lenient = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        return lenient.GetString(head);
    }

    private static (Encoding Encoding, int Preamble) Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (StrictUtf8, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        return (StrictUtf8, 0);
    }

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static int CountLines(ReadOnlySpan<byte> bytes) => bytes.Count((byte)'\n') + 1;
}
