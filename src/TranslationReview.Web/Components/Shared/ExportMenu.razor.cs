using Microsoft.AspNetCore.Components;

namespace TranslationReview.Web.Components.Shared;

/// <summary>Download links for a document in every export format (served by the export endpoint).</summary>
public partial class ExportMenu
{
    [Parameter, EditorRequired]
    public int DocumentId { get; set; }
}
