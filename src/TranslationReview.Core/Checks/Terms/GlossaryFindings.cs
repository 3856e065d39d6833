using TranslationReview.Core.Terminology;
using TranslationReview.Core.Terminology.Stemming;

namespace TranslationReview.Core.Checks.Terms;

/// <summary>What the glossary checks share: the category an entry's type calls for, quoting, and suggestions.</summary>
internal static class GlossaryFindings
{
    /// <summary>Names (person, place, organization) are name errors, titles title errors, other terms terminology errors.</summary>
    public static IssueCategory CategoryOf(GlossaryEntry entry) => entry.Type switch
    {
        GlossaryEntryType.Person or GlossaryEntryType.Place or GlossaryEntryType.Organization => IssueCategory.Name,
        GlossaryEntryType.Title => IssueCategory.Title,
        _ => IssueCategory.Terminology,
    };

    /// <summary>The span of a match in the segment text.</summary>
    public static TextSpan SpanOf(string text, TermMatch match) => TextSpan.Of(text, match.Start, match.Length);

    /// <summary>The renderings as a reader scans them: "Kyiv", or "Kyiv" or "Kyiv City".</summary>
    public static string Quote(IEnumerable<string> renderings) => string.Join(" or ", renderings.Select(r => $"\"{r}\""));

    /// <summary>
    /// The rendering to suggest in place of <paramref name="found"/>, keeping an English possessive the text had
    /// ("Kiev's" → "Kyiv's").
    /// </summary>
    public static string Suggest(string rendering, string found)
    {
        var possessive = found.Length > 2 && found[^1] is 's' or 'S' && TermFolding.IsApostrophe(found[^2]);
        return possessive && !rendering.EndsWith(found[^2..], StringComparison.Ordinal) ? rendering + found[^2..] : rendering;
    }
}
