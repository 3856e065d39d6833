namespace TranslationReview.Web.Services;

/// <summary>What a reviewer did to a document, as told to the other open grids on it.</summary>
public enum DocumentChangeKind
{
    TargetEdited,
    StateChanged,
    AlignmentRepaired,

    /// <summary>Flags were raised, answered or closed, or a check run replaced the automatic ones; segment text is unchanged.</summary>
    FlagsChanged,
}
