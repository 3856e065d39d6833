using TranslationReview.Core.Documents;
using TranslationReview.Core.Segmentation;

namespace TranslationReview.Data.Segments;

/// <summary>Finds the first or last target sentence (by the SRX rules of the target language) and cuts it off.</summary>
internal static class SentenceMove
{
    /// <summary>Cuts the first sentence off: (the sentence, what remains).</summary>
    public static (SegmentContent Sentence, SegmentContent Remainder) TakeFirst(SegmentContent target, string language, ISentenceSegmenter segmenter)
    {
        var sentences = segmenter.Split(target.PlainText, language);
        var first = sentences[0];
        var end = target.PlainText.IndexOf(first, StringComparison.Ordinal) + first.Length;
        return ContentEditing.SplitAt(target, end);
    }

    /// <summary>Cuts the last sentence off: (what remains, the sentence).</summary>
    public static (SegmentContent Remainder, SegmentContent Sentence) TakeLast(SegmentContent target, string language, ISentenceSegmenter segmenter)
    {
        var sentences = segmenter.Split(target.PlainText, language);
        var start = target.PlainText.LastIndexOf(sentences[^1], StringComparison.Ordinal);
        return ContentEditing.SplitAt(target, start);
    }
}
