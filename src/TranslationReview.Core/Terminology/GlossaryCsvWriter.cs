using System.Text;

namespace TranslationReview.Core.Terminology;

/// <summary>
/// Writes a glossary as CSV with the header <c>source,target,forbidden,type,note</c>, which
/// <see cref="GlossaryCsvReader"/> reads back: RFC 4180 quoting, CRLF line ends, renderings joined with <c>|</c>.
/// </summary>
/// <remarks>
/// Files are UTF-8 with a byte order mark, so that spreadsheet programs open Cyrillic text correctly. Source
/// synonyms, ids and subject fields have no CSV column and are not written; export TBX to keep them.
/// </remarks>
public static class GlossaryCsvWriter
{
    /// <summary>The usual file extension, <c>.csv</c>.</summary>
    public const string FileExtension = ".csv";

    /// <summary>Writes the glossary to <paramref name="output"/>, leaving the stream open.</summary>
    /// <exception cref="ArgumentException">A term holds <c>|</c>, which the CSV uses to separate renderings.</exception>
    public static async Task WriteAsync(Glossary glossary, Stream output, CancellationToken cancellationToken)
    {
        var text = Write(glossary);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        await output.WriteAsync(encoding.GetPreamble(), cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(encoding.GetBytes(text), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The glossary as CSV text (no byte order mark).</summary>
    /// <exception cref="ArgumentException">A term holds <c>|</c>, which the CSV uses to separate renderings.</exception>
    public static string Write(Glossary glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        var text = new StringBuilder(GlossaryCsvReader.Header).Append("\r\n");
        foreach (var entry in glossary.Entries)
        {
            text.Append(Quote(entry.SourceTerm)).Append(',')
                .Append(Quote(Join(entry.TargetTerms))).Append(',')
                .Append(Quote(Join(entry.ForbiddenTerms))).Append(',')
                .Append(entry.Type.ToName()).Append(',')
                .Append(Quote(entry.Note ?? string.Empty)).Append("\r\n");
        }

        return text.ToString();
    }

    private static string Join(IReadOnlyList<string> renderings)
    {
        var separated = renderings.FirstOrDefault(r => r.Contains(GlossaryCsvReader.RenderingSeparator, StringComparison.Ordinal));
        return separated is null
            ? string.Join(GlossaryCsvReader.RenderingSeparator, renderings)
            : throw new ArgumentException(
                $"The rendering '{separated}' contains '|', which CSV glossaries use to separate renderings; export the glossary as TBX instead.",
                nameof(renderings));
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])))
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
