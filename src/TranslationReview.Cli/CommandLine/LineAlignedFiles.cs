using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.PlainText;

namespace TranslationReview.Cli.CommandLine;

/// <summary>Two files compared line by line (<c>trv diff</c>, <c>trv score</c>): read, and refused unless their line counts agree.</summary>
public static class LineAlignedFiles
{
    /// <summary>Reads both files; <paramref name="why"/> ends the error when the counts differ.</summary>
    public static async Task<(IReadOnlyList<string> First, IReadOnlyList<string> Second)> ReadAsync(
        string firstPath, string secondPath, ReadOptions options, string why, CancellationToken cancellationToken)
    {
        var first = await PlainTextInput.ReadLinesAsync(firstPath, options, cancellationToken).ConfigureAwait(false);
        var second = await PlainTextInput.ReadLinesAsync(secondPath, options, cancellationToken).ConfigureAwait(false);
        if (first.Count != second.Count)
        {
            throw new DocumentFormatException(firstPath, $"has {first.Count} lines but {secondPath} has {second.Count}; {why}");
        }

        return (first, second);
    }
}
