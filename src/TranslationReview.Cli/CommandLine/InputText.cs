using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.PlainText;

namespace TranslationReview.Cli.CommandLine;

/// <summary>Reads a text operand: a file, or standard input when there is none or it is <c>-</c>.</summary>
public static class InputText
{
    /// <summary>The name standard input goes by in messages.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>Reads and decodes the whole input through the engine (size limit, encodings, clear errors).</summary>
    public static async Task<string> ReadAsync(string? path, CliConsole console, ReadOptions options, CancellationToken cancellationToken)
    {
        if (path is not (null or "-"))
        {
            return await PlainTextInput.ReadAsync(path, options, cancellationToken).ConfigureAwait(false);
        }

        await using var stdin = console.OpenInput();
        return await PlainTextInput.ReadAsync(stdin, StandardInputName, options, cancellationToken).ConfigureAwait(false);
    }
}
