using System.ComponentModel.DataAnnotations;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Components.Pages.Users;

/// <summary>The new-account form on the Users page.</summary>
public sealed class NewUserModel
{
    [StringLength(100)]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Enter an email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address such as name@example.com.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose an initial password.")]
    [StringLength(200, MinimumLength = 8, ErrorMessage = "The password needs at least 8 characters.")]
    public string Password { get; set; } = "";

    [Required]
    public string Role { get; set; } = WorkbenchRoles.Reviewer;
}
