using Microsoft.AspNetCore.Components;

namespace TranslationReview.Web.Components.Shared;

/// <summary>Shows a source → target language pair as BCP 47 tags.</summary>
public partial class LanguagePair
{
    [Parameter, EditorRequired]
    public string Source { get; set; } = "";

    [Parameter, EditorRequired]
    public string Target { get; set; } = "";
}
