using System.Text.RegularExpressions;

namespace TranslationReview.Data.Projects;

/// <summary>
/// Accepts what looks like a BCP 47 tag: a 2–3 letter language (or 5–8 letters), then optional script
/// (<c>Cyrl</c>), region (<c>UA</c>, <c>419</c>) and variants, separated by hyphens — <c>uk</c>, <c>en-US</c>,
/// <c>sr-Latn-RS</c>. Refuses underscores (<c>en_US</c>) and free text (<c>English</c>).
/// </summary>
internal static partial class LanguageTagRule
{
    public static bool IsValid(string tag) => tag.Length <= 35 && Pattern().IsMatch(tag);

    [GeneratedRegex(
        @"^([A-Za-z]{2,3}|[A-Za-z]{5,8})(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-x(-[A-Za-z0-9]{1,8})+)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
