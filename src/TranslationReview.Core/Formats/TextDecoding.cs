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
            var offset = Math.Clamp(ex.Index, 0, body.Length);
            var (line, column) = PositionOf(Lenient(encoding).GetString(body[..ValidPrefix(offset, encoding)]));
            var badByte = offset < body.Length ? $"byte 0x{body[offset]:X2}" : "a truncated character";
            throw new DocumentFormatException(fileName, line, column,
                $"the text is not valid {encoding.WebName.ToUpperInvariant()} ({badByte} at byte offset {offset + preamble}); " +
                "the file was probably saved in a legacy code page: save it as UTF-8, or UTF-16 with a byte order mark", ex);
        }
    }

    /// <summary>The start of a file decoded leniently, for format detection.</summary>
    public static string Peek(ReadOnlySpan<byte> bytes, int maxBytes = 4096)
    {
        var (encoding, preamble) = Detect(bytes);
        var head = bytes[preamble..Math.Min(bytes.Length, maxBytes)];
        return Lenient(encoding).GetString(head);
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

    private static Encoding Lenient(Encoding encoding) =>
        Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);

    /// <summary>The bytes before the error, cut back to a whole UTF-16 code unit (they decode without error).</summary>
    private static int ValidPrefix(int offset, Encoding encoding) => encoding is UnicodeEncoding ? offset & ~1 : offset;

    /// <summary>1-based line and column just after <paramref name="prefix"/>, counting CRLF, LF and CR as line ends.</summary>
    private static (int Line, int Column) PositionOf(string prefix)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < prefix.Length; i++)
        {
            if (prefix[i] == '\n' || (prefix[i] == '\r' && (i + 1 == prefix.Length || prefix[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, prefix.Length - lineStart + 1);
    }
}
