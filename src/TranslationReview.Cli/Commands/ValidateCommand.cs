using TranslationReview.Cli.CommandLine;
using TranslationReview.Core.Formats;

namespace TranslationReview.Cli.Commands;

/// <summary><c>trv validate</c>: load each file and report ok or the first error.</summary>
public sealed class ValidateCommand(Engine engine) : ICommand
{
    public string Name => "validate";

    public string Summary => "check that bilingual files load (well-formed, valid, within limits)";

    public string Help => """
        Usage: trv validate FILE...

        Loads each file as the workbench would (XLIFF 1.2, XLIFF 2.x with its validation rules, TMX,
        TSV) and prints 'FILE: ok' on standard output, or one line 'FILE:LINE:COLUMN: what is wrong'
        on standard error. Exits 1 when any file fails.
        """ + "\n" + CommonOptions.MaxSizeHelp;

    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string> { CommonOptions.MaxSize };

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public async Task<int> RunAsync(ParsedArguments arguments, CliConsole console, CancellationToken cancellationToken)
    {
        if (arguments.Operands.Count == 0)
        {
            throw new UsageException("name at least one file to validate");
        }

        var options = CommonOptions.ReadOptions(arguments);
        var failures = 0;
        foreach (var path in arguments.Operands)
        {
            try
            {
                var document = await engine.Loader.LoadAsync(path, options, cancellationToken).ConfigureAwait(false);
                await console.Out.WriteLineAsync($"{path}: ok ({document.Segments.Count} segments)").ConfigureAwait(false);
            }
            catch (DocumentFormatException ex)
            {
                failures++;
                await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
                var reason = ex.FileName == path || ex.FileName == Path.GetFileName(path)
                    ? ex.Message[ex.FileName.Length..]
                    : ": " + ex.Message;
                await console.Error.WriteLineAsync(path + reason).ConfigureAwait(false);
            }
        }

        return failures == 0 ? ExitCodes.Success : ExitCodes.Invalid;
    }
}
