namespace TranslationReview.Core.Segmentation;

/// <summary>
/// One SRX rule: at a position where <see cref="BeforeBreak"/> matches the text ending there and
/// <see cref="AfterBreak"/> matches the text starting there, the segment breaks (or, for a no-break rule, does
/// not). Patterns are kept as written in the SRX file (ICU syntax); an empty pattern matches anywhere.
/// </summary>
/// <param name="IsBreak">True for <c>break="yes"</c>, false for an exception (<c>break="no"</c>).</param>
/// <param name="BeforeBreak">The <c>&lt;beforebreak&gt;</c> pattern.</param>
/// <param name="AfterBreak">The <c>&lt;afterbreak&gt;</c> pattern.</param>
/// <param name="Line">The rule's line in its SRX file, for error messages.</param>
public sealed record SrxRule(bool IsBreak, string BeforeBreak, string AfterBreak, int? Line = null);
