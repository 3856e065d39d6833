using System.Text;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Tsv;

/// <summary>
/// Writes <c>source&lt;TAB&gt;target</c> lines, UTF-8 without a byte order mark, LF line ends, with the escapes
/// <see cref="TsvReader"/> reads back. Inline codes are dropped: TSV carries plain text.
/// </summary>
/// <remarks>
/// The third column (the state name) is written only when some segment's state differs from what a two-column
/// line implies (Translated with a target, New without), so a reviewer's approvals and rejections survive a
/// round trip while a plain pair file stays two columns for other tools. Segments with neither source nor target
/// text are not written.
/// </remarks>
public sealed class TsvWriter : IBilingualWriter
{
    /// <inheritdoc />
    public string FormatId => "tsv";

    /// <inheritdoc />
    public string FileExtension => ".tsv";

    /// <inheritdoc />
    public async Task WriteAsync(BilingualDocument document, Stream output, CancellationToken cancellationToken)
    {
        var withState = document.Segments.Any(s => s.State != TsvStateNames.Implied(HasTarget(s)));
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 65536, leaveOpen: true)
        {
            NewLine = "\n",
        };

        var line = new StringBuilder();
        foreach (var segment in document.Segments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = segment.Source.PlainText;
            var target = segment.Target?.PlainText ?? string.Empty;
            if (source.Length == 0 && target.Length == 0)
            {
                continue;
            }

            line.Clear().Append(TsvEscaping.Escape(source)).Append('\t').Append(TsvEscaping.Escape(target));
            if (withState)
            {
                line.Append('\t').Append(TsvStateNames.NameOf(segment.State));
            }

            await writer.WriteLineAsync(line, cancellationToken).ConfigureAwait(false);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static bool HasTarget(Segment segment) => segment.Target is { PlainText.Length: > 0 };
}
