using TranslationReview.Core.Documents;

namespace TranslationReview.Data;

/// <summary>One row of the segment grid.</summary>
/// <param name="Id">The segment's key, for edits.</param>
/// <param name="Position">The segment's number, 1-based and contiguous within its document.</param>
/// <param name="Source">The source as plain text.</param>
/// <param name="Target">The target as plain text, or null when there is no translation.</param>
/// <param name="State">Where the segment stands in the workflow.</param>
/// <param name="AlignmentConfidence">How sure the aligner was (0–1), 1 after a person repaired the alignment, null when not aligned here.</param>
/// <param name="HasInlineCodes">True when either side has inline codes; editing the target as plain text drops the target's codes.</param>
/// <param name="UpdatedAt">When the segment was imported or last changed.</param>
/// <param name="UpdatedBy">Who last changed it (target or state), or null.</param>
/// <param name="TargetLabel">What the current target is called: the import's label (for example "MT engine A"), "Edit by …", or a restored version's label.</param>
/// <param name="TargetOrigin">Where the current target came from.</param>
/// <param name="TargetAuthor">Who wrote the current target, when a person did.</param>
/// <param name="TargetChangedBy">Who last changed the target itself; a state change does not count. Null while it is the imported one.</param>
/// <param name="TargetChangedAt">When the target last changed after the import, or null.</param>
public sealed record SegmentRow(
    long Id,
    int Position,
    string Source,
    string? Target,
    SegmentState State,
    double? AlignmentConfidence,
    bool HasInlineCodes,
    DateTimeOffset UpdatedAt,
    string? UpdatedBy,
    string TargetLabel = "Imported",
    TargetOrigin TargetOrigin = TargetOrigin.Imported,
    string? TargetAuthor = null,
    string? TargetChangedBy = null,
    DateTimeOffset? TargetChangedAt = null);
