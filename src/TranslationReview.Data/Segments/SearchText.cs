using System.Text;

namespace TranslationReview.Data.Segments;

/// <summary>
/// Folds text for case-insensitive search. SQLite's <c>lower()</c> and <c>LIKE</c> fold ASCII only, so "київ"
/// would never find "Київ": segments store a folded copy of each side and filters fold the query the same way.
/// </summary>
internal static class SearchText
{
    public static string Normalize(string text) => text.Normalize(NormalizationForm.FormC).ToLowerInvariant();
}
