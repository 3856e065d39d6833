namespace TranslationReview.Web.Components.Shared;

/// <summary>An alignment repair chosen from a row's action menu.</summary>
public enum RowAction
{
    MergeWithNext,
    Split,
    MoveFirstTargetSentenceToPrevious,
    MoveLastTargetSentenceToNext,
}
