namespace TranslationReview.Core.Checks.Numbers;

/// <summary>A number found in a segment's text.</summary>
/// <param name="Start">UTF-16 offset of its first character.</param>
/// <param name="Length">Its length, scale word and percent sign included.</param>
/// <param name="Values">What it may mean: one value, or several when the writing is ambiguous (1.000 in Russian, 3,5 in English).</param>
/// <param name="Kind">Digits, a number word, or digits that belong to a code.</param>
internal sealed record NumberMention(int Start, int Length, IReadOnlyList<decimal> Values, NumberMentionKind Kind)
{
    /// <summary>The scale word after the digits ("million", "млн"), or null.</summary>
    public string? ScaleWord { get; init; }

    /// <summary>The scale's value (1 000 000 for "million"); 1 without a scale word.</summary>
    public decimal Scale { get; init; } = 1;

    /// <summary>True when an English-style text wrote a decimal comma (3,5) or a Russian-style one a decimal point (3.5).</summary>
    public bool ForeignDecimalMark { get; init; }

    /// <summary>True for a time of day (10:30), whose value is hours + minutes / 100.</summary>
    public bool IsTime { get; init; }

    /// <summary>The offset just after the mention.</summary>
    public int End => Start + Length;

    /// <summary>True when the two mentions can mean the same number.</summary>
    public bool Agrees(NumberMention other) => Values.Any(v => other.Values.Contains(v));
}
