namespace TranslationReview.Core.Documents;

/// <summary>
/// Where a segment stands in the translate–review workflow. Readers map their format's states onto these
/// and writers map them back (see each format's state mapping).
/// </summary>
public enum SegmentState
{
    /// <summary>Not translated yet, or only pre-filled (XLIFF 2 <c>initial</c>, XLIFF 1.2 <c>new</c>).</summary>
    New,

    /// <summary>Translated, not yet reviewed (XLIFF <c>translated</c>).</summary>
    Translated,

    /// <summary>Translated, but a reviewer must look at it again (XLIFF 1.2 <c>needs-review-translation</c>).</summary>
    NeedsReview,

    /// <summary>Accepted by a reviewer (XLIFF 2 <c>final</c>, XLIFF 1.2 <c>final</c>/<c>signed-off</c>).</summary>
    Approved,

    /// <summary>Refused by a reviewer; the translator must rework it.</summary>
    Rejected,
}
