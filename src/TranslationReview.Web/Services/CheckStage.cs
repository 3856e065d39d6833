namespace TranslationReview.Web.Services;

/// <summary>The steps of a check run, in order.</summary>
public enum CheckStage
{
    /// <summary>Reading the segments and the project glossary.</summary>
    Reading,

    /// <summary>Running the checks over the text.</summary>
    Checking,

    /// <summary>Saving the findings as flags.</summary>
    Saving,

    /// <summary>Finished.</summary>
    Done,
}
