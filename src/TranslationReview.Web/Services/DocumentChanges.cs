using TranslationReview.Core.Metrics;

namespace TranslationReview.Web.Services;

/// <summary>
/// What changed in a document since a base version (a label such as "MT engine A", or an origin such as "mt"):
/// the changed segments and the document figures.
/// </summary>
/// <param name="Since">The base as asked for.</param>
/// <param name="Choices">Labels and origins the document's versions have, to offer as other bases.</param>
/// <param name="Changed">Segments whose current target differs from the base, in document order.</param>
/// <param name="WithoutBase">Segments that have no version matching the base (left out of the figures).</param>
/// <param name="Ter">Corpus TER of the base texts (hypotheses) against the current targets (references), 0–100 or more.</param>
/// <param name="ChrF">Corpus chrF of the base texts against the current targets, 0–100.</param>
/// <param name="EditSimilarity">Character edit similarity of the base texts and the current targets, 0–100 (100 = unchanged).</param>
/// <param name="Effort">Segments changed and unchanged, and the share of base words that survived.</param>
public sealed record DocumentChanges(
    string Since,
    IReadOnlyList<string> Choices,
    IReadOnlyList<ChangedSegment> Changed,
    int WithoutBase,
    double Ter,
    double ChrF,
    double EditSimilarity,
    PostEditSummary Effort);
