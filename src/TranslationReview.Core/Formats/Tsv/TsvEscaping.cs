using System.Text;

namespace TranslationReview.Core.Formats.Tsv;

/// <summary>
/// The TSV escapes: a tab inside a segment is written <c>\t</c>, a line feed <c>\n</c>, a carriage return
/// <c>\r</c> and a backslash <c>\\</c>. On reading, a backslash before any other character (a Windows path
/// such as <c>C:\Program Files</c> in a file from another tool) is kept as it is.
/// </summary>
internal static class TsvEscaping
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("\\\t\n\r") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => @"\\",
                '\t' => @"\t",
                '\n' => @"\n",
                '\r' => @"\r",
                _ => null,
            } ?? c.ToString());
        }

        return escaped.ToString();
    }

    public static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 == text.Length)
            {
                plain.Append(c);
                continue;
            }

            char? unescaped = text[i + 1] switch
            {
                '\\' => '\\',
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                _ => null,
            };
            if (unescaped is char known)
            {
                plain.Append(known);
                i++;
            }
            else
            {
                plain.Append(c);
            }
        }

        return plain.ToString();
    }
}
