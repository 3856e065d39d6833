namespace TranslationReview.Core.Names;

/// <summary>Where a name comes from, which decides the spelling its English rendering should follow.</summary>
public enum NameOrigin
{
    /// <summary>Not known: no table lists it and its form says nothing certain.</summary>
    Unknown,

    /// <summary>A Ukrainian person or place: romanized from the Ukrainian form (KMU 2010) unless an established spelling exists.</summary>
    Ukrainian,

    /// <summary>A Russian (or Belarusian) person or place: romanized from the Russian form.</summary>
    Russian,

    /// <summary>A name written in Latin letters in its own language (Baerbock, Scholz): that spelling, never a romanization of the Cyrillic.</summary>
    Foreign,
}
