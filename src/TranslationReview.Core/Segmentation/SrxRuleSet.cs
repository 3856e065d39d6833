namespace TranslationReview.Core.Segmentation;

/// <summary>The content of an SRX file: header options, named language rules and the language maps.</summary>
/// <param name="FileName">The file it came from, named in every error about it.</param>
/// <param name="Cascade">
/// SRX <c>cascade</c>: when true, the rules of every matching language map apply, in map order; when false only
/// the first matching map's rules do.
/// </param>
/// <param name="SegmentSubflows">SRX <c>segmentsubflows</c> (kept for writers; plain text has no subflows).</param>
/// <param name="LanguageRules">The <c>&lt;languagerule&gt;</c> elements in file order.</param>
/// <param name="LanguageMaps">The <c>&lt;languagemap&gt;</c> elements in file order.</param>
public sealed record SrxRuleSet(
    string FileName,
    bool Cascade,
    bool SegmentSubflows,
    IReadOnlyList<SrxLanguageRule> LanguageRules,
    IReadOnlyList<SrxLanguageMap> LanguageMaps);
