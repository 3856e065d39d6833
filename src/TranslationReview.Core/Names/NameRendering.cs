using TranslationReview.Core.Checks;

namespace TranslationReview.Core.Names;

/// <summary>One word of a source name with its rendering in the target, as the name checks see it.</summary>
/// <param name="SegmentNumber">The segment's 1-based number.</param>
/// <param name="Name">The source name the word belongs to.</param>
/// <param name="Word">The source word.</param>
/// <param name="GroupKey">
/// What makes two occurrences the same name for the consistency check: the established name, the place, or the word's
/// key (with the surname's for a given name, so Putin's Vladimir and Zelensky's Volodymyr are different names).
/// </param>
/// <param name="Target">The target word that renders it (possessive left out), or null when none was found.</param>
/// <param name="Origin">Whose name it is.</param>
/// <param name="Status">What the rendering says.</param>
/// <param name="Expected">The expected rendering of the word (KMU 2010, the gazetteer's or the established spelling), when known.</param>
/// <param name="ExactReading">True when the target word is one of the source word's spellings, not just similar to them.</param>
internal sealed record NameRendering(
    int SegmentNumber,
    SourceName Name,
    SourceNameWord Word,
    string? GroupKey,
    TextSpan? Target,
    NameOrigin Origin,
    NameRenderingStatus Status,
    string? Expected,
    bool ExactReading);
