using System.Text;

namespace TranslationReview.Cli.CommandLine;

/// <summary>The streams a command reads and writes: the process's own in the tool.</summary>
public sealed class CliConsole(Func<Stream> openInput, Stream output, TextWriter error)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The process's standard streams, text written as UTF-8 without a byte order mark, \n line ends.</summary>
    public static CliConsole Standard() =>
        new(Console.OpenStandardInput, Console.OpenStandardOutput(),
            new StreamWriter(Console.OpenStandardError(), Utf8) { AutoFlush = true, NewLine = "\n" });

    /// <summary>Opens standard input as raw bytes (the text decoding is the engine's).</summary>
    public Stream OpenInput() => openInput();

    /// <summary>Standard output as raw bytes, for writers of whole files. Flush <see cref="Out"/> first.</summary>
    public Stream OutputStream { get; } = output;

    /// <summary>Where text results go.</summary>
    public TextWriter Out { get; } = new StreamWriter(output, Utf8, bufferSize: 65536, leaveOpen: true) { NewLine = "\n" };

    /// <summary>Where errors go, one line each.</summary>
    public TextWriter Error { get; } = error;
}
