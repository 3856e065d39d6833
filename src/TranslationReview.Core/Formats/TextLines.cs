namespace TranslationReview.Core.Formats;

/// <summary>Splits decoded text into lines on CRLF, LF or CR alike, keeping 1-based line numbers for errors.</summary>
internal static class TextLines
{
    /// <summary>Every line with its 1-based number, line breaks removed; a final line break adds no empty line.</summary>
    public static IEnumerable<(int Number, string Text)> Split(string text)
    {
        var number = 1;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\r' or '\n'))
            {
                continue;
            }

            yield return (number++, text[start..i]);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            yield return (number, text[start..]);
        }
    }
}
