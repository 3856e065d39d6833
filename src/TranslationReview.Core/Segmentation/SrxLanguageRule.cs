namespace TranslationReview.Core.Segmentation;

/// <summary>A named <c>&lt;languagerule&gt;</c>: rules applied in order, the first that matches a position decides.</summary>
/// <param name="Name">The <c>languagerulename</c>.</param>
/// <param name="Rules">The rules in file order.</param>
public sealed record SrxLanguageRule(string Name, IReadOnlyList<SrxRule> Rules);
