namespace TranslationReview.Web.Services;

/// <summary>The steps of an import, in order, as shown to the user.</summary>
public enum ImportStage
{
    Uploading,
    Reading,
    Aligning,
    Saving,
    Done,
}
