using TranslationReview.Core.Segmentation;

namespace TranslationReview.Core.Formats.PlainText;

/// <summary>
/// The segmenter for pre-segmented text (<c>trv … --presegmented</c>): every non-empty line is one sentence,
/// whatever its punctuation, in any language. White space around lines is trimmed.
/// </summary>
public sealed class LineSegmenter : ISentenceSegmenter
{
    /// <inheritdoc />
    public IReadOnlyList<string> Split(string text, string languageTag) =>
        [.. TextLines.Split(text).Select(l => l.Text.Trim()).Where(l => l.Length > 0)];
}
