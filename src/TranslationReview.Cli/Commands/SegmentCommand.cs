using TranslationReview.Cli.CommandLine;

namespace TranslationReview.Cli.Commands;

/// <summary><c>trv segment</c>: one sentence per output line.</summary>
public sealed class SegmentCommand : ICommand
{
    public string Name => "segment";

    public string Summary => "split text into sentences with SRX rules";

    public string Help => """
        Usage: trv segment --lang L [--srx FILE] [FILE]

        Splits text into sentences and writes one sentence per line. Reads FILE, or standard input
        when FILE is absent or '-'. Input is UTF-8 (BOM optional) or UTF-16 with a BOM; a line break
        always ends a sentence.

          --lang L             language of the text as a BCP 47 tag (en, ru, uk, de, fr, ...)
          --srx FILE           SRX 2.0 rules that replace the built-in ones
        """ + "\n" + CommonOptions.MaxSizeHelp;

    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string> { "lang", "srx", CommonOptions.MaxSize };

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public async Task<int> RunAsync(ParsedArguments arguments, CliConsole console, CancellationToken cancellationToken)
    {
        var language = CommonOptions.LanguageTag(arguments, "lang");
        arguments.ExpectAtMostOperands(1);
        var segmenter = await Engine.SegmenterAsync(arguments.Optional("srx"), cancellationToken).ConfigureAwait(false);
        var text = await InputText.ReadAsync(arguments.Operands.Count > 0 ? arguments.Operands[0] : null, console, CommonOptions.ReadOptions(arguments), cancellationToken).ConfigureAwait(false);
        foreach (var sentence in segmenter.Split(text, language))
        {
            await console.Out.WriteLineAsync(sentence).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
