using TranslationReview.Cli;
using TranslationReview.Cli.CommandLine;
using TranslationReview.Cli.Commands;

var engine = new Engine();
ICommand[] commands =
[
    new SegmentCommand(),
    new AlignCommand(engine),
    new ConvertCommand(engine),
    new ValidateCommand(engine),
    new ScoreCommand(),
    new DiffCommand(),
    new CheckCommand(engine),
    new TranslitCommand(),
];

var console = CliConsole.Standard();
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var exitCode = await new CommandRunner(commands, console).RunAsync(args, cancel.Token);
await console.Out.FlushAsync();
return exitCode;
