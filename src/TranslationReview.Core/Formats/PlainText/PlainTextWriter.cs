using System.Text;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.PlainText;

/// <summary>
/// Writes the translated text as plain UTF-8 text (no byte order mark, LF line ends): one paragraph per line,
/// the target of each segment, or its source where there is no target yet.
/// </summary>
/// <remarks>
/// Consecutive segments with the same <see cref="ParagraphProperty"/> are joined by a space (no space after
/// 。！？); a segment without it is a paragraph of its own. Line breaks inside a segment become spaces so each
/// paragraph stays on one line; inline codes are dropped.
/// </remarks>
public sealed class PlainTextWriter : IBilingualWriter
{
    /// <inheritdoc />
    public string FormatId => "txt";

    /// <inheritdoc />
    public string FileExtension => ".txt";

    /// <inheritdoc />
    public async Task WriteAsync(BilingualDocument document, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 65536, leaveOpen: true)
        {
            NewLine = "\n",
        };

        foreach (var paragraph in Paragraphs(document.Segments))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = SentenceJoiner.Join(paragraph.Select(TextOf));
            if (text.Length > 0)
            {
                await writer.WriteLineAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
            }
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static IEnumerable<List<Segment>> Paragraphs(IReadOnlyList<Segment> segments)
    {
        List<Segment>? current = null;
        int? currentIndex = null;
        foreach (var segment in segments)
        {
            var index = ParagraphProperty.Of(segment);
            if (current is null || index is null || index != currentIndex)
            {
                if (current is not null)
                {
                    yield return current;
                }

                current = [];
                currentIndex = index;
            }

            current.Add(segment);
        }

        if (current is not null)
        {
            yield return current;
        }
    }

    private static string TextOf(Segment segment)
    {
        var text = segment.Target is { PlainText.Length: > 0 } target ? target.PlainText : segment.Source.PlainText;
        return text.ReplaceLineEndings(" ").Trim();
    }
}
