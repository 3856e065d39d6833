using Microsoft.AspNetCore.Components;
using TranslationReview.Core.Documents;
using TranslationReview.Data;

namespace TranslationReview.Web.Components.Shared;

/// <summary>A project's documents with their segment counts by state and how many beads need an alignment check.</summary>
public partial class DocumentTable
{
    private static readonly SegmentState[] States = Enum.GetValues<SegmentState>();

    [Parameter, EditorRequired]
    public IReadOnlyList<DocumentSummary> Documents { get; set; } = [];

    private static int CountOf(DocumentSummary document, SegmentState state) =>
        document.CountsByState.TryGetValue(state, out var count) ? count : 0;
}
