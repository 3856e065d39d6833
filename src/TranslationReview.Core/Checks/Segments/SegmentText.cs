namespace TranslationReview.Core.Checks.Segments;

/// <summary>Spans and measures of whole segment texts that the segment checks share.</summary>
internal static class SegmentText
{
    /// <summary>The span of the text without its leading and trailing white space.</summary>
    public static TextSpan Trimmed(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.Of(text, start, end - start);
    }

    /// <summary>The number of letters and digits, the length measure that punctuation and spacing habits do not skew.</summary>
    public static int LetterCount(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                count++;
            }
        }

        return count;
    }
}
