using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Versions;

/// <summary>An alternative translation placed on one segment of an existing document.</summary>
/// <param name="SegmentIndex">The 0-based index of the existing segment it translates.</param>
/// <param name="Content">The alternative translation; empty when a sentence group went to a neighbouring segment.</param>
/// <param name="Confidence">How sure the placement is, 0–1: 1 for a source match, the bead's confidence for aligned text, <see cref="AlternativeMatcher.LowConfidence"/> for a guess.</param>
public sealed record AlternativeTarget(int SegmentIndex, SegmentContent Content, double Confidence);
