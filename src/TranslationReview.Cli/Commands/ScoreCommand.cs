using System.Globalization;
using System.Text;
using TranslationReview.Cli.CommandLine;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Metrics;

namespace TranslationReview.Cli.Commands;

/// <summary><c>trv score</c>: chrF, TER or edit similarity between two line-aligned versions of a text.</summary>
public sealed class ScoreCommand : ICommand
{
    private static readonly ITranslationMetric[] Metrics = [new ChrF(), new Ter(), new EditDistance()];

    public string Name => "score";

    public string Summary => "score a translation against another version (chrF, TER, edit similarity)";

    public string Help => """
        Usage: trv score --metric chrf|ter|edit --hyp FILE --ref FILE [--format text|json]

        Compares two versions of a text line by line: line N of --hyp is scored against line N of --ref,
        and both files must have the same number of lines. Input is UTF-8 (BOM optional) or UTF-16 with a BOM.
        Scores are on a 0–100 scale with two decimals, matching sacreBLEU 2.x defaults:
          chrf    character 6-gram F-score, beta 2, whitespace ignored, case-sensitive (higher is closer);
                  the corpus score sums n-gram statistics over all lines
          ter     translation edit rate: word edits and block shifts per reference word, case-insensitive,
                  punctuation kept (lower is closer; can exceed 100); corpus = total edits / total words
          edit    character Levenshtein similarity, 100 × (1 − distance / longer length) (higher is closer);
                  corpus = 100 × (1 − total distance / total longer length)

          --format text   'corpus<TAB>score', then 'N<TAB>score' for each line N (default)
          --format json   {"metric": "chrf", "corpus": 57.40, "segments": [76.11, ...]}
        """ + "\n" + CommonOptions.MaxSizeHelp;

    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string> { "metric", "hyp", "ref", "format", CommonOptions.MaxSize };

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public async Task<int> RunAsync(ParsedArguments arguments, CliConsole console, CancellationToken cancellationToken)
    {
        arguments.Required("metric");
        var metricId = arguments.Choice("metric", [.. Metrics.Select(m => m.Id)], "chrf");
        var hypothesisPath = arguments.Required("hyp");
        var referencePath = arguments.Required("ref");
        var format = arguments.Choice("format", ["text", "json"], "text");
        arguments.ExpectAtMostOperands(0);

        var options = CommonOptions.ReadOptions(arguments);
        var (hypotheses, references) = await LineAlignedFiles.ReadAsync(hypothesisPath, referencePath, options,
            "scoring needs line-aligned files", cancellationToken).ConfigureAwait(false);

        var score = Metrics.First(m => m.Id == metricId).Score(hypotheses, references);
        var output = format == "json" ? Json(metricId, score) : Text(score);
        await console.Out.WriteAsync(output).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static string Json(string metricId, MetricScore score) =>
        $"{{\"metric\": \"{metricId}\", \"corpus\": {Number(score.Corpus)}, \"segments\": [{string.Join(", ", score.Segments.Select(Number))}]}}\n";

    private static string Text(MetricScore score)
    {
        var text = new StringBuilder().Append("corpus\t").Append(Number(score.Corpus)).Append('\n');
        for (var i = 0; i < score.Segments.Count; i++)
        {
            text.Append(i + 1).Append('\t').Append(Number(score.Segments[i])).Append('\n');
        }

        return text.ToString();
    }

    private static string Number(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
