using System.ComponentModel.DataAnnotations;

namespace TranslationReview.Web.Components.Pages.Projects;

/// <summary>The new-project form; the store checks the same rules again and reports a taken name.</summary>
public sealed class NewProjectModel
{
    private const string TagPattern = @"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$";
    private const string TagMessage = "Use a BCP 47 tag such as en, en-GB or zh-Hans.";

    [Required(ErrorMessage = "Give the project a name.")]
    [StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter the source language.")]
    [RegularExpression(TagPattern, ErrorMessage = TagMessage)]
    public string SourceLanguage { get; set; } = "";

    [Required(ErrorMessage = "Enter the target language.")]
    [RegularExpression(TagPattern, ErrorMessage = TagMessage)]
    public string TargetLanguage { get; set; } = "";
}
