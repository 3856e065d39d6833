namespace TranslationReview.Web.Services;

/// <summary>A glossary download offered on the glossary page.</summary>
/// <param name="Id">The id used in the export URL (<c>csv</c>, <c>tbx2</c>, <c>tbx3</c>).</param>
/// <param name="Label">What the page shows.</param>
/// <param name="Suffix">Appended to the project's name to form the file name.</param>
/// <param name="ContentType">The MIME type of the download.</param>
public sealed record GlossaryExportFormat(string Id, string Label, string Suffix, string ContentType)
{
    public static IReadOnlyList<GlossaryExportFormat> All { get; } =
    [
        new("csv", "CSV (source, target, forbidden, type, note)", ".glossary.csv", "text/csv; charset=utf-8"),
        new("tbx2", "TBX-Basic v2 (martif)", ".tbx2.tbx", "application/x-tbx+xml"),
        new("tbx3", "TBX v3", ".tbx", "application/x-tbx+xml"),
    ];

    public static GlossaryExportFormat? Find(string? id) =>
        All.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase));
}
