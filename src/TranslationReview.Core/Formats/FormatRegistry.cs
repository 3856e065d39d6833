namespace TranslationReview.Core.Formats;

/// <summary>
/// The bilingual formats the engine knows. Picks a reader by content, then extension, and a writer by format id.
/// </summary>
public sealed class FormatRegistry
{
    private readonly IReadOnlyList<IBilingualReader> _readers;
    private readonly IReadOnlyList<IBilingualWriter> _writers;

    /// <summary>Creates a registry over the given readers (asked in order) and writers.</summary>
    public FormatRegistry(IEnumerable<IBilingualReader> readers, IEnumerable<IBilingualWriter> writers)
    {
        _readers = [.. readers];
        _writers = [.. writers];
    }

    /// <summary>Every format reader and writer of the engine.</summary>
    public static FormatRegistry CreateDefault() => new(
        readers:
        [
            new Xliff2.Xliff2Reader(),
            new Xliff12.Xliff12Reader(),
            new Tmx.TmxReader(),

            // TSV accepts any text whose first lines hold one tab: keep it last so XML formats are tried first.
            new Tsv.TsvReader(),
        ],
        writers:
        [
            new Xliff2.Xliff2Writer(),
            new Xliff12.Xliff12Writer(),
            new Tmx.TmxWriter(),
            new Tsv.TsvWriter(),
            new PlainText.PlainTextWriter(),
        ]);

    /// <summary>The readers, in the order they are asked.</summary>
    public IReadOnlyList<IBilingualReader> Readers => _readers;

    /// <summary>The writers.</summary>
    public IReadOnlyList<IBilingualWriter> Writers => _writers;

    /// <summary>The ids of the formats that can be written, for help texts and errors.</summary>
    public IEnumerable<string> WritableFormats => _writers.Select(w => w.FormatId);

    /// <summary>The first reader that recognises the file, or null.</summary>
    public IBilingualReader? FindReader(string fileName, string head) =>
        _readers.FirstOrDefault(r => r.CanRead(fileName, head));

    /// <summary>The writer for a format id (case-insensitive), or null.</summary>
    public IBilingualWriter? FindWriter(string formatId) =>
        _writers.FirstOrDefault(w => string.Equals(w.FormatId, formatId, StringComparison.OrdinalIgnoreCase));
}
