using TranslationReview.Core.Documents;

namespace TranslationReview.Data.Tests.Infrastructure;

/// <summary>Small hand-made documents for alignment repairs: one (source, target) pair per segment.</summary>
public static class DocumentBuilder
{
    public static BilingualDocument Pairs(params (string Source, string? Target)[] pairs) =>
        new("repairs.txt", "uk", "en", pairs.Select((pair, i) => new Segment(
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            SegmentContent.FromText(pair.Source),
            pair.Target is null ? null : SegmentContent.FromText(pair.Target),
            pair.Target is null ? SegmentState.New : SegmentState.Translated)
        {
            Properties = new Dictionary<string, string> { ["alignment-confidence"] = "0.400" },
        }).ToList());

    /// <summary>Imports into a new project and returns the document id with its rows in order.</summary>
    public static async Task<(int DocumentId, IReadOnlyList<SegmentRow> Rows)> ImportAsync(TestDatabase database, BilingualDocument document)
    {
        var projectId = await database.Projects.CreateAsync("Repairs", document.SourceLanguage, document.TargetLanguage!, CancellationToken.None);
        var documentId = await database.Documents.ImportAsync(projectId, document, "txt", null, CancellationToken.None);
        return (documentId, await RowsAsync(database, documentId));
    }

    /// <summary>Every row of a document, in position order.</summary>
    public static async Task<IReadOnlyList<SegmentRow>> RowsAsync(TestDatabase database, int documentId) =>
        (await database.Segments.GetPageAsync(documentId, SegmentFilter.None, 0, 100_000, CancellationToken.None)).Rows;
}
