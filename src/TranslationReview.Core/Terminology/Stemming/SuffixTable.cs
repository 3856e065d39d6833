namespace TranslationReview.Core.Terminology.Stemming;

/// <summary>
/// A set of word endings searched longest first, as Snowball's <c>among</c> does. An ending may require one of a few
/// letters before it (Russian "-вши" only after а or я); when the longest ending's condition fails, the search fails
/// rather than trying a shorter ending.
/// </summary>
internal sealed class SuffixTable
{
    private readonly (string Suffix, string? Preceding)[] _entries;

    /// <summary>Endings without a condition, and endings that need one of <paramref name="preceding"/> before them.</summary>
    public SuffixTable(IEnumerable<string> plain, IEnumerable<string>? conditional = null, string? preceding = null)
    {
        _entries =
        [
            .. plain.Select(s => (s, (string?)null)),
            .. (conditional ?? []).Select(s => (s, preceding)),
        ];
        Array.Sort(_entries, (a, b) => b.Suffix.Length.CompareTo(a.Suffix.Length));
    }

    /// <summary>
    /// The length of the longest ending of <paramref name="word"/> that lies at or after <paramref name="regionStart"/>
    /// and meets its condition (its preceding letter must lie in the region too); 0 when none.
    /// </summary>
    public int Match(ReadOnlySpan<char> word, int regionStart)
    {
        foreach (var (suffix, preceding) in _entries)
        {
            if (word.Length - suffix.Length < regionStart || !word.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            if (preceding is null)
            {
                return suffix.Length;
            }

            var before = word.Length - suffix.Length - 1;
            return before >= regionStart && preceding.Contains(word[before], StringComparison.Ordinal) ? suffix.Length : 0;
        }

        return 0;
    }
}
