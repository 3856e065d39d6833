using TranslationReview.Core.Formats;

namespace TranslationReview.Cli.CommandLine;

/// <summary>Reads a text operand (a file, or standard input for none or <c>-</c>) through the engine's decoding.</summary>
public static class InputText
{
    /// <summary>The name used for standard input in messages.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>Reads and decodes the whole input, refusing more than <paramref name="maxBytes"/>.</summary>
    public static async Task<string> ReadAsync(string? path, CliConsole console, long maxBytes, CancellationToken cancellationToken)
    {
        var fromStdin = path is null or "-";
        var name = fromStdin ? StandardInputName : path!;
        if (!fromStdin && !File.Exists(path))
        {
            throw new DocumentFormatException(name, "no such file");
        }

        await using var stream = fromStdin ? console.OpenInput() : File.OpenRead(path!);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (buffer.Length > maxBytes)
        {
            throw new DocumentFormatException(name, $"the input is larger than the limit of {maxBytes / (1024 * 1024)} MB; raise it with --max-size");
        }

        return TextDecoding.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), name);
    }

    /// <summary>The non-empty lines of a text, trimmed: one sentence each for presegmented input.</summary>
    public static IReadOnlyList<string> Lines(string text) =>
        [.. text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
