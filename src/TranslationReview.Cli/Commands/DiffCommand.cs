using TranslationReview.Cli.CommandLine;
using TranslationReview.Core.Diffing;
using TranslationReview.Core.Formats;

namespace TranslationReview.Cli.Commands;

/// <summary><c>trv diff</c>: word-level differences between two versions of a translation, line by line.</summary>
public sealed class DiffCommand : ICommand
{
    private static readonly string[] Formats = ["text", "json", "html"];

    public string Name => "diff";

    public string Summary => "show word and letter differences between two versions, line by line";

    public string Help => """
        Usage: trv diff --a FILE --b FILE [--format text|json|html] [--all] [--output FILE]

        Compares two versions of a translation (for example two MT engines, or a draft and its revision)
        line by line: line N of --a against line N of --b. Both files must have the same number of lines.
        Words, numbers and punctuation are compared whole; a replaced word also shows which letters
        changed (Berbock -> Baerbock: one inserted 'a').
        Formats:
          text    changed lines as 'N: text' with [-deleted-] and {+inserted+} marks (wdiff style) (default)
          json    {"lines": [{"line": 1, "similarity": 0.8, "spans": [{"op": "equal|delete|insert",
                  "text": "..", "chars": [..]}]}]}; "chars" is the letter-level diff on a replacement
          html    a standalone page with <del> and <ins>, changed letters highlighted

          --all                include unchanged lines too
          --output FILE        where to write (standard output when absent)
        Exit codes: 0 compared (whether or not the versions differ), 1 unreadable files or different
        line counts, 2 wrong usage.
        """ + "\n" + CommonOptions.MaxSizeHelp;

    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string> { "a", "b", "format", "output", CommonOptions.MaxSize };

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "all" };

    public async Task<int> RunAsync(ParsedArguments arguments, CliConsole console, CancellationToken cancellationToken)
    {
        var pathA = arguments.Required("a");
        var pathB = arguments.Required("b");
        var format = arguments.Choice("format", Formats, "text");
        var all = arguments.Flag("all");
        arguments.ExpectAtMostOperands(0);
        var options = CommonOptions.ReadOptions(arguments);

        var (linesA, linesB) = await LineAlignedFiles.ReadAsync(pathA, pathB, options,
            "diff compares the files line by line, so both need the same number of lines", cancellationToken).ConfigureAwait(false);

        var differ = TextDiffer.Default;
        var lines = new List<DiffLine>(linesA.Count);
        for (var i = 0; i < linesA.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var diff = differ.Diff(linesA[i], linesB[i]);
            if (all || !diff.IsIdentical)
            {
                lines.Add(new DiffLine(i + 1, diff));
            }
        }

        await OutputFile.WriteAsync(arguments.Optional("output"), console, stream => format switch
        {
            "json" => DiffOutput.WriteJsonAsync(stream, lines, cancellationToken),
            "html" => DiffOutput.WriteHtmlAsync(stream, lines, Path.GetFileName(pathA), Path.GetFileName(pathB), cancellationToken),
            _ => DiffOutput.WriteTextAsync(stream, lines, cancellationToken),
        }, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
