using System.Text.RegularExpressions;

namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>BCP 47 well-formedness (RFC 5646 syntax) and the <c>lang()</c> match XLIFF uses between tags.</summary>
internal static partial class LanguageTag
{
    public static bool IsWellFormed(string tag) => Bcp47().IsMatch(tag);

    /// <summary>True when <paramref name="tag"/> is <paramref name="range"/> or a sub-tag of it (XPath <c>lang()</c>).</summary>
    public static bool Matches(string tag, string range) =>
        tag.Equals(range, StringComparison.OrdinalIgnoreCase)
        || (tag.Length > range.Length && tag[range.Length] == '-' && tag.StartsWith(range, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"^(?:(?:[a-zA-Z]{2,3}(?:-[a-zA-Z]{3}){0,3}|[a-zA-Z]{4,8})(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|[0-9]{3}))?(?:-(?:[a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}))*(?:-[0-9a-wyzA-WYZ](?:-[a-zA-Z0-9]{2,8})+)*(?:-[xX](?:-[a-zA-Z0-9]{1,8})+)?|[xX](?:-[a-zA-Z0-9]{1,8})+|[iI]-[a-zA-Z]{2,8}|[a-zA-Z]{2}-[a-zA-Z]{2,8}-[a-zA-Z]{2,8})$", RegexOptions.CultureInvariant)]
    private static partial Regex Bcp47();
}
