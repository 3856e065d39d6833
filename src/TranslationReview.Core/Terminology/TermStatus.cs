namespace TranslationReview.Core.Terminology;

/// <summary>Whether a term may be used, as the termbase rates it.</summary>
public enum TermStatus
{
    /// <summary>Allowed; the usual status when the termbase says nothing (TBX <c>admittedTerm-admn-sts</c>).</summary>
    Admitted,

    /// <summary>The term to use (TBX <c>preferredTerm-admn-sts</c>).</summary>
    Preferred,

    /// <summary>
    /// Must not be used (TBX <c>deprecatedTerm-admn-sts</c>, <c>supersededTerm-admn-sts</c>, termStatus
    /// <c>forbidden</c>/<c>notRecommended</c>/<c>obsolete</c>).
    /// </summary>
    Forbidden,
}
