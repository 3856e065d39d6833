namespace TranslationReview.Core.Diffing;

/// <summary>One version of a segment in a <see cref="DisagreementView"/>.</summary>
/// <param name="Version">Index of the version in the list given to the analyzer.</param>
/// <param name="Text">The version's text.</param>
/// <param name="Spans">The text cut into agreed and disputed runs that concatenate back to <paramref name="Text"/>.</param>
public sealed record DisagreementRow(int Version, string Text, IReadOnlyList<DisagreementSpan> Spans)
{
    /// <summary>The disputed runs only, in order.</summary>
    public IEnumerable<DisagreementSpan> Disputed => Spans.Where(s => s.Disputed);
}
