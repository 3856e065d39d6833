namespace TranslationReview.Data;

/// <summary>Where a target sentence moves in an alignment repair.</summary>
public enum MoveDirection
{
    /// <summary>The first sentence of the target moves to the end of the previous segment's target.</summary>
    ToPrevious,

    /// <summary>The last sentence of the target moves to the start of the next segment's target.</summary>
    ToNext,
}
