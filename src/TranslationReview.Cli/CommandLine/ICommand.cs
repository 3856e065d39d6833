namespace TranslationReview.Cli.CommandLine;

/// <summary>One <c>trv</c> subcommand.</summary>
public interface ICommand
{
    /// <summary>The name typed after <c>trv</c>.</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>The full <c>--help</c> text.</summary>
    string Help { get; }

    /// <summary>Options that take a value, without the leading dashes.</summary>
    IReadOnlySet<string> ValueOptions { get; }

    /// <summary>Options that are flags, without the leading dashes.</summary>
    IReadOnlySet<string> Flags { get; }

    /// <summary>Runs the command; returns the exit code.</summary>
    Task<int> RunAsync(ParsedArguments arguments, CliConsole console, CancellationToken cancellationToken);
}
