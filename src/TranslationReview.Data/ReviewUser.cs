using Microsoft.AspNetCore.Identity;

namespace TranslationReview.Data;

/// <summary>A translator, reviewer or administrator with a local account.</summary>
public class ReviewUser : IdentityUser
{
    /// <summary>The name shown beside the segments a user edited; null falls back to the user name.</summary>
    [PersonalData]
    public string? DisplayName { get; set; }
}
