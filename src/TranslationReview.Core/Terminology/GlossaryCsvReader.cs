using TranslationReview.Core.Formats;

namespace TranslationReview.Core.Terminology;

/// <summary>
/// Reads a glossary from CSV with the header <c>source,target,forbidden,type,note</c>.
/// </summary>
/// <remarks>
/// <para>RFC 4180: fields holding commas, quotes or line breaks are quoted, quotes inside doubled. UTF-8 with or
/// without a byte order mark, or UTF-16 with one (see <see cref="TextDecoding"/>).</para>
/// <para>The header names the columns, in any case and order; <c>source</c> and <c>target</c> are required, the
/// others optional. <c>target</c> lists accepted renderings separated by <c>|</c>, the first preferred;
/// <c>forbidden</c> lists wrong renderings the same way; <c>type</c> is person, place, title, organization or term
/// (empty: term). Blank lines are skipped. Every row must have as many fields as the header.</para>
/// <para>Errors name the file and line: a bad header, a wrong number of fields, an empty source, an unknown type,
/// a rendering listed as both accepted and forbidden.</para>
/// </remarks>
public static class GlossaryCsvReader
{
    /// <summary>The format id, <c>csv</c>.</summary>
    public const string FormatId = "csv";

    /// <summary>The header this reader expects and <see cref="GlossaryCsvWriter"/> writes.</summary>
    public const string Header = "source,target,forbidden,type,note";

    /// <summary>Separates several renderings in the <c>target</c> and <c>forbidden</c> columns.</summary>
    public const char RenderingSeparator = '|';

    private static readonly string[] Columns = ["source", "target", "forbidden", "type", "note"];

    /// <summary>Reads a glossary file from disk; errors name the file as given.</summary>
    public static async Task<Glossary> ReadAsync(string path, string sourceLanguage, string targetLanguage, ReadOptions options, CancellationToken cancellationToken)
    {
        await using var stream = InputFile.Open(path, options);
        return await ReadAsync(stream, Path.GetFileName(path), sourceLanguage, targetLanguage, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a glossary from a stream; <paramref name="fileName"/> names it in errors and becomes the glossary's name.</summary>
    public static async Task<Glossary> ReadAsync(
        Stream input, string fileName, string sourceLanguage, string targetLanguage, ReadOptions options, CancellationToken cancellationToken)
    {
        using var buffer = await FileSizeLimit.ReadAllAsync(input, fileName, options, cancellationToken).ConfigureAwait(false);
        var text = TextDecoding.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), fileName);
        return Parse(text, fileName, sourceLanguage, targetLanguage);
    }

    /// <summary>Reads a glossary from decoded CSV text.</summary>
    public static Glossary Parse(string text, string fileName, string sourceLanguage, string targetLanguage)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var records = CsvRecords.Read(text, fileName).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new DocumentFormatException(fileName, $"the file is empty; expected the header {Header} and one entry per line");
        }

        var columns = ReadHeader(records.Current, fileName);
        var entries = new List<GlossaryEntry>();
        while (records.MoveNext())
        {
            entries.Add(ReadEntry(records.Current, columns, fileName, sourceLanguage, targetLanguage));
        }

        return new Glossary(fileName, sourceLanguage, targetLanguage, entries) { Languages = [sourceLanguage, targetLanguage] };
    }

    /// <summary>The position of each known column in the header (-1 when absent).</summary>
    private static Dictionary<string, int> ReadHeader(CsvRecords.Record header, string fileName)
    {
        var positions = Columns.ToDictionary(c => c, _ => -1, StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim().TrimStart('\uFEFF').ToLowerInvariant();
            if (!positions.TryGetValue(name, out var seen))
            {
                throw new DocumentFormatException(fileName, header.Line, null,
                    $"the header has an unknown column '{header.Fields[i].Trim()}'; the first line must be the header {Header}");
            }

            if (seen >= 0)
            {
                throw new DocumentFormatException(fileName, header.Line, null, $"the header names the column '{name}' twice; expected {Header}");
            }

            positions[name] = i;
        }

        if (positions["source"] < 0 || positions["target"] < 0)
        {
            throw new DocumentFormatException(fileName, header.Line, null,
                $"the header must name the columns source and target; expected {Header}");
        }

        positions[string.Empty] = header.Fields.Count;
        return positions;
    }

    private static GlossaryEntry ReadEntry(
        CsvRecords.Record row, Dictionary<string, int> columns, string fileName, string sourceLanguage, string targetLanguage)
    {
        var expected = columns[string.Empty];
        if (row.Fields.Count != expected)
        {
            throw new DocumentFormatException(fileName, row.Line, null,
                $"the row has {row.Fields.Count} fields but the header has {expected}; quote a field that contains a comma (\"Kherson, Oblast\")");
        }

        string Field(string column) => columns[column] < 0 ? string.Empty : row.Fields[columns[column]].Trim();

        var source = Normalize(Field("source"));
        if (source.Length == 0)
        {
            throw new DocumentFormatException(fileName, row.Line, null, "the source term is empty; every entry needs a source term");
        }

        if (!GlossaryEntryTypeNames.TryParse(Field("type"), out var type))
        {
            throw new DocumentFormatException(fileName, row.Line, null,
                $"unknown type '{Field("type")}'; use one of {string.Join(", ", GlossaryEntryTypeNames.All)} (or leave it empty for term)");
        }

        var accepted = Renderings(Field("target"));
        var forbidden = Renderings(Field("forbidden"));
        var both = accepted.Find(a => forbidden.Contains(a, StringComparer.OrdinalIgnoreCase));
        if (both is not null)
        {
            throw new DocumentFormatException(fileName, row.Line, null,
                $"'{both}' is listed both as an accepted and as a forbidden rendering of '{source}'; keep it in one column");
        }

        var note = Field("note");
        return new GlossaryEntry(source, accepted, forbidden)
        {
            Type = type,
            Note = note.Length == 0 ? null : note,
            TermsByLanguage = new Dictionary<string, IReadOnlyList<Term>>(StringComparer.OrdinalIgnoreCase)
            {
                [sourceLanguage] = [new Term(source, TermStatus.Preferred)],
                [targetLanguage] = [
                    .. accepted.Select((t, i) => new Term(t, i == 0 ? TermStatus.Preferred : TermStatus.Admitted)),
                    .. forbidden.Select(t => new Term(t, TermStatus.Forbidden))],
            },
        };
    }

    private static List<string> Renderings(string field) =>
        [.. field.Split(RenderingSeparator).Select(Normalize).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
