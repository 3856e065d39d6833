using System.Text.RegularExpressions;

namespace TranslationReview.Core.Segmentation;

/// <summary>A rule whose patterns were translated to .NET syntax and checked to compile.</summary>
/// <param name="IsBreak">True for a break rule, false for an exception.</param>
/// <param name="BeforeBreak">.NET pattern that must match the text ending at the position (may be empty).</param>
/// <param name="AfterBreak">.NET pattern that must match the text starting at the position (may be empty).</param>
internal sealed record SrxPattern(bool IsBreak, string BeforeBreak, string AfterBreak)
{
    /// <summary>Options for every segmentation pattern: invariant, and a time limit against runaway user rules.</summary>
    public const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>Stops a catastrophically backtracking user pattern instead of hanging the review.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The zero-width test "this rule matches here". The afterbreak goes first: it is a cheap forward match that
    /// usually fails at once (most afterbreaks start with white space), sparing the backward beforebreak match.
    /// </summary>
    public string AsLookaround() =>
        (AfterBreak.Length > 0 ? "(?=" + AfterBreak + ")" : string.Empty) +
        (BeforeBreak.Length > 0 ? "(?<=" + BeforeBreak + ")" : string.Empty);

    /// <summary>Translates and checks one SRX rule, or explains in a <see cref="FormatException"/> why it cannot be used.</summary>
    public static SrxPattern From(SrxRule rule)
    {
        var before = TranslateOne(rule.BeforeBreak, "beforebreak");
        var after = TranslateOne(rule.AfterBreak, "afterbreak");
        return new SrxPattern(rule.IsBreak, before, after);
    }

    /// <summary>An ICU pattern in .NET syntax, checked to compile; the message names <paramref name="part"/> on error.</summary>
    public static string TranslateOne(string icuPattern, string part)
    {
        if (icuPattern.Length == 0)
        {
            return string.Empty;
        }

        string translated;
        try
        {
            translated = IcuRegexTranslator.Translate(icuPattern);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"<{part}>: {ex.Message}", ex);
        }

        try
        {
            // Grouped so that a top-level alternation stays inside the lookaround it is put in later.
            _ = new Regex("(?:" + translated + ")", Options, MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"<{part}>: invalid regular expression /{icuPattern}/: {ex.Message}", ex);
        }

        return "(?:" + translated + ")";
    }
}
