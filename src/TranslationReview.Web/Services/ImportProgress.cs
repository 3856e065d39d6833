namespace TranslationReview.Web.Services;

/// <summary>Where an import stands: the stage and, within it, how far (bytes uploaded or segments saved).</summary>
/// <param name="Stage">The current step.</param>
/// <param name="Done">Units finished in this stage (bytes while uploading, segments while saving).</param>
/// <param name="Total">Units in this stage, or 0 when unknown.</param>
public sealed record ImportProgress(ImportStage Stage, long Done, long Total)
{
    /// <summary>Percentage of the stage, or null when the total is unknown.</summary>
    public int? Percent => Total > 0 ? (int)Math.Clamp(Done * 100 / Total, 0, 100) : null;
}
