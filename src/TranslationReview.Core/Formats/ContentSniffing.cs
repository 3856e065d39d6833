using System.Text.RegularExpressions;

namespace TranslationReview.Core.Formats;

/// <summary>
/// Names what an unrecognised file appears to be, so "unsupported format" tells the user which file they picked
/// by mistake (an image, a Word document, JSON) instead of only what was expected.
/// </summary>
internal static partial class ContentSniffing
{
    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([(byte)'G', (byte)'I', (byte)'F', (byte)'8'], "a GIF image"),
        ([(byte)'%', (byte)'P', (byte)'D', (byte)'F'], "a PDF document"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], "a ZIP archive (DOCX, XLSX, SDLPPX and other packages are ZIP files; unpack the bilingual file first)"),
        ([0xD0, 0xCF, 0x11, 0xE0], "a legacy Microsoft Office document (DOC, XLS)"),
        ([0x1F, 0x8B], "a gzip archive"),
    ];

    /// <summary>A short phrase such as "a PNG image", "JSON" or "XML with the root element &lt;html&gt;".</summary>
    public static string Describe(ReadOnlySpan<byte> bytes, string head)
    {
        foreach (var (magic, kind) in Signatures)
        {
            if (bytes.StartsWith(magic))
            {
                return kind;
            }
        }

        if (LooksLikeUtf16WithoutBom(bytes))
        {
            return "UTF-16 text without a byte order mark (save it as UTF-8, or UTF-16 with a byte order mark)";
        }

        var text = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('<') && RootElement().Match(text) is { Success: true } root)
        {
            return $"XML with the root element <{root.Groups[1].Value}>";
        }

        if (text.StartsWith('{') || text.StartsWith('['))
        {
            return "JSON";
        }

        if (head.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
        {
            return "binary data";
        }

        return text.Contains('\t', StringComparison.Ordinal) ? "text with an uneven number of tabs per line" : "plain text without tabs";
    }

    /// <summary>Mostly-Latin UTF-16 has a zero byte in every other position; other files rarely do.</summary>
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 512) & ~1)];
        if (sample.Length < 8)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        return Math.Max(evenZeros, oddZeros) * 10 >= pairs * 7 && Math.Min(evenZeros, oddZeros) * 10 <= pairs;
    }

    // The first element that is not a declaration, comment, DOCTYPE or processing instruction.
    [GeneratedRegex(@"<([A-Za-z_][\w.:-]*)")]
    private static partial Regex RootElement();
}
