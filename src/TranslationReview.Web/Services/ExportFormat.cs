namespace TranslationReview.Web.Services;

/// <summary>An export choice offered in the menu: the engine writer's id, a label and the file name suffix.</summary>
/// <param name="Id">The writer id used in the export URL (<c>xliff</c>, <c>xliff12</c>, <c>tmx</c>, <c>tsv</c>, <c>txt</c>).</param>
/// <param name="Label">What the menu shows.</param>
/// <param name="Suffix">Appended to the document's base name to form the download's file name.</param>
/// <param name="ContentType">The MIME type of the download.</param>
public sealed record ExportFormat(string Id, string Label, string Suffix, string ContentType)
{
    public static IReadOnlyList<ExportFormat> All { get; } =
    [
        new("xliff", "XLIFF 2.1", ".xlf", "application/xliff+xml"),
        new("xliff12", "XLIFF 1.2", ".xliff12.xlf", "application/xliff+xml"),
        new("tmx", "TMX", ".tmx", "application/x-tmx+xml"),
        new("tsv", "TSV (source, target)", ".tsv", "text/tab-separated-values; charset=utf-8"),
        new("txt", "Plain target text", ".target.txt", "text/plain; charset=utf-8"),
    ];

    public static ExportFormat? Find(string? id) =>
        All.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase));
}
