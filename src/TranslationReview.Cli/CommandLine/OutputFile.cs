namespace TranslationReview.Cli.CommandLine;

/// <summary>
/// Writes a command's result to a file or standard output. A file is written beside its destination first
/// and moved into place only when complete, so a failure never leaves a half-written file.
/// </summary>
public static class OutputFile
{
    /// <summary>Runs <paramref name="write"/> against the destination.</summary>
    public static async Task WriteAsync(string? path, CliConsole console, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        if (path is null or "-")
        {
            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            await write(console.OutputStream).ConfigureAwait(false);
            await console.OutputStream.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".trv-partial");
        try
        {
            await using (var stream = File.Create(temporary))
            {
                await write(stream).ConfigureAwait(false);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
