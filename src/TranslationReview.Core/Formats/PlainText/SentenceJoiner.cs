using System.Text;

namespace TranslationReview.Core.Formats.PlainText;

/// <summary>
/// Joins sentences back into running text: with a space, except after a full-width terminator (。！？),
/// since Chinese and Japanese put no space between sentences.
/// </summary>
internal static class SentenceJoiner
{
    public static string Join(IEnumerable<string> sentences)
    {
        var text = new StringBuilder();
        foreach (var sentence in sentences)
        {
            if (sentence.Length == 0)
            {
                continue;
            }

            if (text.Length > 0 && !EndsWithoutSpace(text[^1]))
            {
                text.Append(' ');
            }

            text.Append(sentence);
        }

        return text.ToString();
    }

    private static bool EndsWithoutSpace(char last) => last is '。' or '！' or '？' or ' ';
}
