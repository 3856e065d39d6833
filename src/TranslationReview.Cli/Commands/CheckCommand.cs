using TranslationReview.Cli.CommandLine;
using TranslationReview.Core.Checks;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.PlainText;
using TranslationReview.Core.Scoring;
using TranslationReview.Core.Terminology;

namespace TranslationReview.Cli.Commands;

/// <summary><c>trv check</c>: runs every automatic check over a bilingual file or a text and its translation, with an MQM score.</summary>
public sealed class CheckCommand(Engine engine) : ICommand
{
    public string Name => "check";

    public string Summary => "run the automatic QA checks and score the translation (MQM)";

    public string Help => """
        Usage: trv check (--input FILE | --source FILE --target FILE) --source-lang L --target-lang L
                         [--glossary FILE] [--format json|text] [--output FILE]
                         [--presegmented] [--srx FILE] [--max-size MB]

        Runs every automatic check (names, glossary, numbers, dates, untranslated and empty segments,
        length outliers) and scores the result with MQM: penalty = minor 1, major 5, critical 25 per
        error; mqm = 100 × (1 − penalty / source words).
          --input FILE         a bilingual file: TSV (source<TAB>target per line), XLIFF 1.2/2.x or TMX
          --source/--target    plain texts, one paragraph per line, segmented and aligned first
          --presegmented       with --source/--target: one sentence per line, no segmentation
          --srx FILE           with --source/--target: SRX 2.0 rules that replace the built-in ones
          --glossary FILE      a termbase: CSV (source,target,forbidden,type,note) or TBX
          --format json        {"segments": [{"index", "source", "target"}], "issues": [{"segment",
                               "check", "category", "severity", "target": {"start", "length", "text"}
                               or null, "source": {…} or null, "message", "suggestion"}],
                               "score": {"words", "penalty", "mqm"}}; offsets are UTF-16 (default)
          --format text        'segment N: severity category check: message (suggest: X)' per issue,
                               then 'score: mqm M (words W, penalty P)'
          --output FILE        where to write (standard output when absent)

        Exit codes: 0 when no issue is major or critical, 1 when one is, 2 for wrong usage or input
        that cannot be read.
        """ + "\n" + CommonOptions.MaxSizeHelp;

    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string>
    {
        "input", "source", "target", "source-lang", "target-lang", "glossary", "format", "srx", "output", CommonOptions.MaxSize,
    };

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "presegmented" };

    public async Task<int> RunAsync(ParsedArguments arguments, CliConsole console, CancellationToken cancellationToken)
    {
        var input = arguments.Optional("input");
        var (sourcePath, targetPath) = (arguments.Optional("source"), arguments.Optional("target"));
        if (input is not null && (sourcePath is not null || targetPath is not null))
        {
            throw new UsageException("give either --input FILE or --source FILE --target FILE, not both");
        }

        if (input is null && (sourcePath is null || targetPath is null))
        {
            throw new UsageException(sourcePath is null && targetPath is null
                ? "give --input FILE (TSV, XLIFF, TMX), or --source FILE and --target FILE"
                : $"--{(sourcePath is null ? "source" : "target")} is required with --{(sourcePath is null ? "target" : "source")}");
        }

        if (input is not null && (arguments.Flag("presegmented") || arguments.Optional("srx") is not null))
        {
            throw new UsageException("--presegmented and --srx apply to --source/--target texts, not to --input");
        }

        var sourceLanguage = CommonOptions.LanguageTag(arguments, "source-lang");
        var targetLanguage = CommonOptions.LanguageTag(arguments, "target-lang");
        var format = arguments.Choice("format", ["json", "text"], "json");
        arguments.ExpectAtMostOperands(0);
        var options = CommonOptions.ReadOptions(arguments);

        BilingualDocument document;
        Glossary? glossary;
        try
        {
            document = input is not null
                ? await engine.Loader.LoadAsync(input, options, cancellationToken).ConfigureAwait(false)
                : await ImportAsync(arguments, sourcePath!, targetPath!, sourceLanguage, targetLanguage, options, cancellationToken).ConfigureAwait(false);
            glossary = arguments.Optional("glossary") is { } glossaryPath
                ? await GlossaryLoader.LoadAsync(glossaryPath, sourceLanguage, targetLanguage, options, cancellationToken).ConfigureAwait(false)
                : null;
        }
        catch (Exception ex) when (ex is DocumentFormatException or IOException or UnauthorizedAccessException)
        {
            // A failed check exits 1, so input that cannot be read exits 2 like wrong usage: pipelines can tell them apart.
            await console.Error.WriteLineAsync("trv: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var segments = document.Segments
            .Select((s, i) => new CheckSegment(i + 1, s.Source.PlainText, s.Target?.PlainText ?? string.Empty))
            .ToList();
        var findings = CheckPipeline.CreateDefault().Run(
            new CheckContext(new CheckDocument(segments, sourceLanguage, targetLanguage), glossary, cancellationToken));
        var score = MqmScoring.Score(findings.Select(f => new MqmError(f.Category, f.Severity)), segments.Sum(s => MqmScoring.CountWords(s.Source)));

        await OutputFile.WriteAsync(arguments.Optional("output"), console,
            stream => format == "json"
                ? CheckReport.WriteJsonAsync(stream, segments, findings, score, cancellationToken)
                : CheckReport.WriteTextAsync(stream, findings, score, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        return findings.Any(f => f.Severity >= Severity.Major) ? ExitCodes.Invalid : ExitCodes.Success;
    }

    private async Task<BilingualDocument> ImportAsync(ParsedArguments arguments, string sourcePath, string targetPath,
        string sourceLanguage, string targetLanguage, ReadOptions options, CancellationToken cancellationToken)
    {
        var segmenter = arguments.Flag("presegmented")
            ? engine.LineSegmenter
            : await Engine.SegmenterAsync(arguments.Optional("srx"), cancellationToken).ConfigureAwait(false);
        return await new TextPairImporter(segmenter, engine.Aligner)
            .ImportAsync(sourcePath, targetPath, sourceLanguage, targetLanguage, options, cancellationToken).ConfigureAwait(false);
    }
}
