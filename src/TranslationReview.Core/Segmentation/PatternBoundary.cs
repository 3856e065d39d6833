using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace TranslationReview.Core.Segmentation;

/// <summary>
/// Finds which characters a (.NET syntax) pattern can start or end with, so that candidate break positions can
/// be found with a vectorized <see cref="MemoryExtensions.IndexOfAny{T}(ReadOnlySpan{T}, SearchValues{T})"/>
/// instead of trying the regex engine at every character. The analysis is conservative: it answers null when
/// it is not sure (alternation it cannot see through, inline options, back-references, a pattern that can
/// match empty), and the engine then scans with the full regex.
/// </summary>
internal static partial class PatternBoundary
{
    // Sets larger than this find so many positions that the prefilter stops paying for itself.
    private const int MaxUsefulSetSize = 20_000;

    // Languages of one SRX file mostly share their break rules (the cascaded default ones), hence their sets.
    private static readonly ConcurrentDictionary<string, SearchValues<char>?> MaterializedSets = new(StringComparer.Ordinal);

    /// <summary>Characters the text matched by <paramref name="pattern"/> can start with, or null.</summary>
    public static string? FirstCharacter(string pattern) => Boundary(pattern, fromEnd: false);

    /// <summary>Characters the text matched by <paramref name="pattern"/> can end with, or null.</summary>
    public static string? LastCharacter(string pattern) => Boundary(pattern, fromEnd: true);

    /// <summary>Every UTF-16 code unit that matches one of the single-character patterns, or null if too many.</summary>
    public static SearchValues<char>? Materialize(IReadOnlyCollection<string> singleCharacterPatterns) =>
        singleCharacterPatterns.Count == 0
            ? null
            : MaterializedSets.GetOrAdd(string.Join('|', singleCharacterPatterns.Distinct(StringComparer.Ordinal)), MaterializeUncached);

    private static SearchValues<char>? MaterializeUncached(string union)
    {
        // Compiled: the test runs 65,536 times, which costs more interpreted than compiling it once.
        var test = new Regex(@"\A(?:" + union + @")\z", SrxPattern.Options | RegexOptions.Compiled);
        var chars = new StringBuilder();
        Span<char> one = stackalloc char[1];
        for (var code = 0; code <= char.MaxValue; code++)
        {
            one[0] = (char)code;
            if (test.IsMatch(one))
            {
                chars.Append((char)code);
            }
        }

        return chars.Length is > 0 and <= MaxUsefulSetSize ? SearchValues.Create(chars.ToString()) : null;
    }

    private static string? Boundary(string pattern, bool fromEnd)
    {
        if (pattern.Length == 0 || InlineOptions().IsMatch(pattern))
        {
            return null;
        }

        try
        {
            var alternatives = PatternItems.Parse(pattern, 0, pattern.Length);
            return alternatives is null ? null : Union(alternatives, fromEnd);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static string? Union(List<List<PatternItem>> alternatives, bool fromEnd)
    {
        var parts = new List<string>();
        foreach (var branch in alternatives)
        {
            if (BranchBoundary(branch, fromEnd) is not { } part)
            {
                return null;
            }

            parts.Add(part);
        }

        return string.Join('|', parts);
    }

    private static string? BranchBoundary(List<PatternItem> branch, bool fromEnd)
    {
        var parts = new List<string>();
        for (var i = 0; i < branch.Count; i++)
        {
            var item = branch[fromEnd ? branch.Count - 1 - i : i];
            if (item.IsZeroWidth)
            {
                continue;
            }

            var part = item.Group is { } group ? Union(group, fromEnd) : item.Atom;
            if (part is null)
            {
                return null;
            }

            parts.Add(part);
            if (item.MinCount > 0)
            {
                return string.Join('|', parts);
            }
        }

        // Every item is optional: the pattern can match empty text, so no character is required here.
        return null;
    }

    [GeneratedRegex(@"\(\?[a-zA-Z]*i|\\k<|\\[1-9]")]
    private static partial Regex InlineOptions();
}
