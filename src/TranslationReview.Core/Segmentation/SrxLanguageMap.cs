namespace TranslationReview.Core.Segmentation;

/// <summary>A <c>&lt;languagemap&gt;</c>: language codes matching <see cref="LanguagePattern"/> use the named rules.</summary>
/// <param name="LanguagePattern">Regular expression (ICU syntax) that must match the whole language tag.</param>
/// <param name="LanguageRuleName">The <see cref="SrxLanguageRule.Name"/> it selects.</param>
/// <param name="Line">The map's line in its SRX file, for error messages.</param>
public sealed record SrxLanguageMap(string LanguagePattern, string LanguageRuleName, int? Line = null);
