namespace TranslationReview.Core.Segmentation;

/// <summary>Splits text into sentences (segments) for a language.</summary>
public interface ISentenceSegmenter
{
    /// <summary>
    /// Splits <paramref name="text"/> into sentences. A line break always ends a segment; white space around
    /// segments is trimmed and empty segments are dropped.
    /// </summary>
    /// <param name="text">Any text, possibly several paragraphs.</param>
    /// <param name="languageTag">BCP 47 tag of the text's language (<c>en</c>, <c>ru</c>, <c>uk-UA</c>).</param>
    IReadOnlyList<string> Split(string text, string languageTag);
}
