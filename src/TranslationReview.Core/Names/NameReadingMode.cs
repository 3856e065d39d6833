namespace TranslationReview.Core.Names;

/// <summary>How a Cyrillic name is read when listing the Latin spellings it can have.</summary>
internal enum NameReadingMode
{
    /// <summary>A Ukrainian spelling read as Ukrainian: г is h, и is y (KMU 2010 and the older Ukrainian-based variants).</summary>
    Ukrainian,

    /// <summary>A Russian spelling of a Ukrainian name read as Ukrainian: г is h, but и may stand for и or і.</summary>
    UkrainianOfRussianSpelling,

    /// <summary>A Russian spelling read as Russian (BGN/PCGN, conventional, loose press spellings).</summary>
    Russian,

    /// <summary>A Ukrainian spelling read the way a Russian speaker would say it: г is g, и is i, і may be o or e (Kharkov).</summary>
    RussianOfUkrainianSpelling,
}
