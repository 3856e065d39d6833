using System.Text;
using TranslationReview.Core.Formats;

namespace TranslationReview.Core.Terminology;

/// <summary>
/// Splits RFC 4180 comma-separated text into records: fields in double quotes may hold commas, line breaks and
/// doubled quotes (<c>""</c>); CRLF, LF and CR all end a record. Each record keeps the line it starts on, for errors.
/// </summary>
internal static class CsvRecords
{
    /// <summary>One record: its 1-based first line and its fields.</summary>
    public readonly record struct Record(int Line, IReadOnlyList<string> Fields);

    /// <summary>Every record of <paramref name="text"/>, blank lines skipped.</summary>
    public static IEnumerable<Record> Read(string text, string fileName)
    {
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var startLine = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var endOfRecord = false;
            while (!endOfRecord)
            {
                field.Clear();
                if (i < text.Length && text[i] == '"')
                {
                    i = ReadQuoted(text, i, field, ref line, fileName);
                    if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        throw new DocumentFormatException(fileName, line, null,
                            $"unexpected text after a closing quote in field {fields.Count + 1}; inside a quoted field write a quote as two quotes (\"\")");
                    }
                }
                else
                {
                    while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        field.Append(text[i++]);
                    }
                }

                fields.Add(field.ToString());
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                    continue;
                }

                endOfRecord = true;
                i = SkipLineBreak(text, i, ref line);
            }

            if (fields.Count > 1 || fields[0].Trim().Length > 0)
            {
                yield return new Record(startLine, fields);
            }
        }
    }

    private static int ReadQuoted(string text, int i, StringBuilder field, ref int line, string fileName)
    {
        var openedOn = line;
        i++;
        while (true)
        {
            if (i >= text.Length)
            {
                throw new DocumentFormatException(fileName, openedOn, null,
                    "a quoted field is never closed; add the closing quote (\"), and write quotes inside it as two quotes (\"\")");
            }

            var c = text[i];
            if (c == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
            }

            field.Append(c);
            i++;
        }
    }

    private static int SkipLineBreak(string text, int i, ref int line)
    {
        if (i >= text.Length)
        {
            return i;
        }

        line++;
        return text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
    }
}
