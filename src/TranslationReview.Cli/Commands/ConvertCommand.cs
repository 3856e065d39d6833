using TranslationReview.Cli.CommandLine;
using TranslationReview.Core.Formats;

namespace TranslationReview.Cli.Commands;

/// <summary><c>trv convert</c>: any supported bilingual file to another format.</summary>
public sealed class ConvertCommand(Engine engine) : ICommand
{
    private static readonly string[] Formats = ["tsv", "xliff", "xliff12", "tmx", "txt"];

    public string Name => "convert";

    public string Summary => "convert a bilingual file (XLIFF 1.2/2.x, TMX, TSV) to another format";

    public string Help => """
        Usage: trv convert --input FILE --format tsv|xliff|xliff12|tmx|txt [--output FILE]

        Reads any supported bilingual file and writes it in another format: xliff (XLIFF 2.1),
        xliff12 (XLIFF 1.2), tmx (TMX 1.4b), tsv (source<TAB>target per line) or txt (the target
        text, one paragraph per line). Writes to standard output when --output is absent. The output
        file is replaced only when the conversion succeeded.

          --input FILE         the file to read (format detected from its content and extension)
          --format F           the format to write
          --output FILE        where to write
          --source-lang L      source language for files that do not name one (TSV)
          --target-lang L      target language: picks it from a multilingual TMX, names it for TSV
        """ + "\n" + CommonOptions.MaxSizeHelp;

    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string> { "input", "format", "output", "source-lang", "target-lang", CommonOptions.MaxSize };

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public async Task<int> RunAsync(ParsedArguments arguments, CliConsole console, CancellationToken cancellationToken)
    {
        var input = arguments.Required("input");
        var format = arguments.Choice("format", Formats, "");
        if (format.Length == 0)
        {
            throw new UsageException("--format is required");
        }

        arguments.ExpectAtMostOperands(0);
        var writer = engine.Formats.FindWriter(format)
            ?? throw new UsageException($"--format {format} cannot be written");
        var options = CommonOptions.ReadOptions(arguments) with
        {
            SourceLanguage = arguments.Optional("source-lang"),
            TargetLanguage = arguments.Optional("target-lang"),
        };
        var document = await engine.Loader.LoadAsync(input, options, cancellationToken).ConfigureAwait(false);
        await OutputFile.WriteAsync(arguments.Optional("output"), console,
            stream => writer.WriteAsync(document, stream, cancellationToken), cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
