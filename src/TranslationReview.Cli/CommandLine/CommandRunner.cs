using System.Reflection;
using TranslationReview.Cli.Commands;
using TranslationReview.Core.Formats;

namespace TranslationReview.Cli.CommandLine;

/// <summary>
/// Dispatches <c>trv COMMAND ...</c> to a command and turns every failure into one line on standard error
/// and an exit code: 1 for invalid input, 2 for wrong usage. Never a stack trace.
/// </summary>
public sealed class CommandRunner(IReadOnlyList<ICommand> commands, CliConsole console)
{
    /// <summary>Runs the command line.</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            await console.Out.WriteLineAsync(Overview()).ConfigureAwait(false);
            return args.Count == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        if (args[0] == "--version")
        {
            var version = typeof(CommandRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            await console.Out.WriteLineAsync("trv " + version.Split('+')[0]).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var command = commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            return await FailAsync(ExitCodes.Usage, $"unknown command '{args[0]}'; run 'trv --help' for the list").ConfigureAwait(false);
        }

        try
        {
            var arguments = ParsedArguments.Parse([.. args.Skip(1)], command.ValueOptions, command.Flags);
            if (arguments.WantsHelp)
            {
                await console.Out.WriteLineAsync(command.Help).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            return await command.RunAsync(arguments, console, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException ex)
        {
            return await FailAsync(ExitCodes.Usage, $"{command.Name}: {ex.Message} (see 'trv {command.Name} --help')").ConfigureAwait(false);
        }
        catch (DocumentFormatException ex)
        {
            return await FailAsync(ExitCodes.Invalid, ex.Message).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return await FailAsync(ExitCodes.Invalid, ex.Message).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return await FailAsync(ExitCodes.Invalid, "cancelled").ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The contract is one clear line on stderr, never a stack trace, even for a defect.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return await FailAsync(ExitCodes.Invalid, $"internal error ({ex.GetType().Name}): {ex.Message}; please report it").ConfigureAwait(false);
        }
    }

    private async Task<int> FailAsync(int exitCode, string message)
    {
        await console.Out.FlushAsync().ConfigureAwait(false);
        await console.Error.WriteLineAsync("trv: " + message).ConfigureAwait(false);
        return exitCode;
    }

    private string Overview() =>
        "trv — TranslationReview on the command line\n\nUsage: trv COMMAND [OPTIONS]\n\nCommands:\n"
        + string.Join("\n", commands.Select(c => $"  {c.Name,-10} {c.Summary}"))
        + "\n\nRun 'trv COMMAND --help' for a command's options. Exit codes: 0 success, 1 invalid input or a failed check, 2 wrong usage.";
}
