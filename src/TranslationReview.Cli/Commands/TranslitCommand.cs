using TranslationReview.Cli.CommandLine;
using TranslationReview.Core.Names;

namespace TranslationReview.Cli.Commands;

/// <summary><c>trv translit</c>: romanizes Ukrainian or Russian text with a named scheme.</summary>
public sealed class TranslitCommand : ICommand
{
    public string Name => "translit";

    public string Summary => "romanize Ukrainian or Russian text (KMU 2010, BGN/PCGN, conventional, ISO 9)";

    public string Help => """
        Usage: trv translit --lang uk|ru [--scheme SCHEME] [TEXT...]

        Prints the romanization of TEXT (the arguments joined by spaces, one output line), or of each
        line of standard input when no TEXT is given (one output line per input line). Case is kept;
        anything that is not Cyrillic passes through.

          --lang uk|ru         language of the text (uk-UA and ru-RU also accepted)
          --scheme SCHEME      kmu2010 (Ukrainian national system of 2010; Ukrainian only),
                               bgn-pcgn (BGN/PCGN 1947, simplified: no ʺ/ʹ; Russian only),
                               conventional (English press spelling of Russian names; Russian only),
                               iso9 (ISO 9:1995, both languages)
                               default: kmu2010 for uk, bgn-pcgn for ru
        """ + "\n" + CommonOptions.MaxSizeHelp;

    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string> { "lang", "scheme", CommonOptions.MaxSize };

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public async Task<int> RunAsync(ParsedArguments arguments, CliConsole console, CancellationToken cancellationToken)
    {
        var tag = CommonOptions.LanguageTag(arguments, "lang");
        var language = tag.Split('-')[0].ToLowerInvariant();
        if (!Transliterators.Languages.Contains(language))
        {
            throw new UsageException($"--lang must be uk or ru (got '{tag}')");
        }

        var schemeText = arguments.Optional("scheme");
        var scheme = Transliterators.DefaultScheme(language)!.Value;
        if (schemeText is not null && !Transliterators.TryParseScheme(schemeText, out scheme))
        {
            throw new UsageException($"--scheme must be one of kmu2010, bgn-pcgn, conventional, iso9 (got '{schemeText}')");
        }

        var transliterator = Transliterators.Find(language, scheme)
            ?? throw new UsageException($"the {scheme.SchemeName()} scheme is not for '{language}' text; for {language} use "
                + string.Join(" or ", Transliterators.SchemesFor(language).Select(s => s.SchemeName())));

        if (arguments.Operands.Count > 0)
        {
            await console.Out.WriteLineAsync(transliterator.Transliterate(string.Join(' ', arguments.Operands))).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var text = await InputText.ReadAsync(null, console, CommonOptions.ReadOptions(arguments), cancellationToken).ConfigureAwait(false);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        foreach (var line in text.EndsWith('\n') || text.EndsWith('\r') ? lines[..^1] : lines)
        {
            await console.Out.WriteLineAsync(transliterator.Transliterate(line)).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
