using TranslationReview.Core.Diffing;

namespace TranslationReview.Web.Services;

/// <summary>Two versions of a target compared: the word diff with letter detail, and the edit metrics of version A against B.</summary>
/// <param name="Diff">A (old) against B (new).</param>
/// <param name="EditDistance">Character insertions, deletions and substitutions turning A into B.</param>
/// <param name="Ter">TER of A as hypothesis against B as reference (sacreBLEU defaults), 0–100 or more.</param>
/// <param name="ChrF">chrF of A against B (sacreBLEU defaults), 0–100.</param>
public sealed record PairComparison(TextDiff Diff, int EditDistance, double Ter, double ChrF);
