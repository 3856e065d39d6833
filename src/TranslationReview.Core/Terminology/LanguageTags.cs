namespace TranslationReview.Core.Terminology;

/// <summary>Compares BCP 47 tags the way termbases need: case-insensitive, a bare language matching its regions.</summary>
internal static class LanguageTags
{
    /// <summary>True for <c>en</c>/<c>EN</c>, <c>en_US</c>/<c>en-US</c>, <c>en</c>/<c>en-US</c> and <c>en-US</c>/<c>en</c>, not <c>en-US</c>/<c>en-GB</c>.</summary>
    public static bool Match(string a, string b)
    {
        a = a.Replace('_', '-');
        b = b.Replace('_', '-');
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return !shorter.Contains('-', StringComparison.Ordinal)
            && longer.StartsWith(shorter + "-", StringComparison.OrdinalIgnoreCase);
    }
}
