namespace TranslationReview.Data;

/// <summary>What adding a translation to a document did.</summary>
/// <param name="Label">The label the translation was added under.</param>
/// <param name="Matched">How many segments got a non-empty alternative.</param>
/// <param name="Unmatched">
/// Incoming translations that matched no segment: segments whose source the document does not have (not added), or
/// sentences of a plain text the aligner paired with no source (added to a neighbour, marked low confidence).
/// </param>
/// <param name="LowConfidence">How many placements are below <see cref="SegmentFilter.LowConfidenceThreshold"/> and worth a look on the Alternatives page.</param>
/// <param name="Candidates">How many translation candidates of the file (alt-trans, mtc:match) became alternatives too.</param>
/// <param name="Replaced">How many earlier alternatives under the same labels were replaced.</param>
/// <param name="ByPosition">True when the file's sources were the document's and segments matched by position.</param>
public sealed record AlternativeImportResult(string Label, int Matched, int Unmatched, int LowConfidence, int Candidates, int Replaced, bool ByPosition);
