namespace TranslationReview.Web.Components.Shared;

/// <summary>An alignment repair (or a flag) chosen from a row's action menu.</summary>
public enum RowAction
{
    MergeWithNext,
    Split,
    MoveFirstTargetSentenceToPrevious,
    MoveLastTargetSentenceToNext,
    Flag,
}
