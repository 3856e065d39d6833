namespace TranslationReview.Core.Names;

/// <summary>How one folded target word compares with a <see cref="NameWordProfile"/>, remembered per run.</summary>
/// <param name="Exact">True when the word is one of the profile's accepted or other-language spellings.</param>
/// <param name="Score">The best likeness (0–100) to one of the profile's anchors; 0 when none was measured.</param>
internal sealed record NameWordMatch(bool Exact, double Score)
{
    /// <summary>The status and expected spelling (before casing) when this word renders the name; computed on first use.</summary>
    public (NameRenderingStatus Status, string? Expected)? Classified { get; set; }
}
