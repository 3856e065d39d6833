namespace TranslationReview.Core.Versions;

/// <summary>Where the translations of an incoming file go in an existing document.</summary>
/// <param name="Targets">The alternatives, at most one per existing segment, in segment order.</param>
/// <param name="ExistingIndexOfIncoming">For each incoming segment, the existing segment it matched (0-based) or null; empty for aligned plain text.</param>
/// <param name="Unmatched">
/// Incoming translations that matched no existing segment: segments whose source is not in the document, or, for plain
/// text, sentences the aligner paired with no source segment (these are appended to a neighbour, marked low confidence).
/// </param>
/// <param name="ByPosition">True when the sources were the same, segment for segment, and matched by position.</param>
public sealed record AlternativeMatch(
    IReadOnlyList<AlternativeTarget> Targets, IReadOnlyList<int?> ExistingIndexOfIncoming, int Unmatched, bool ByPosition);
