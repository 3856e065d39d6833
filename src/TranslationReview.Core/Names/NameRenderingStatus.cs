namespace TranslationReview.Core.Names;

/// <summary>What the rendering of a source name in the target says about the translation.</summary>
internal enum NameRenderingStatus
{
    /// <summary>The rendering follows an accepted spelling (or the name's origin allows any romanization).</summary>
    Accepted,

    /// <summary>A Ukrainian name rendered through its Russian form (Kharkov, Vladimir Zelensky).</summary>
    OtherLanguageForm,

    /// <summary>A foreign name with an established spelling back-transliterated from Cyrillic (Berbock).</summary>
    NotEstablishedSpelling,

    /// <summary>The rendering was found but neither rule speaks for or against it.</summary>
    Undecided,

    /// <summary>The project glossary speaks for this name; the glossary checks report it, the name checks stay silent.</summary>
    Glossary,
}
