namespace TranslationReview.Web.Components.Shared;

/// <summary>How a <see cref="DiffPiece"/> is shown.</summary>
public enum DiffPieceKind
{
    Equal,
    Deleted,
    Inserted,
    Replaced,
}
