namespace TranslationReview.Core.Terminology;

/// <summary>What a term a matcher looks for is to its glossary entry.</summary>
public enum TermRole
{
    /// <summary>The entry's source term or one of its source synonyms.</summary>
    Source,

    /// <summary>A target rendering the glossary accepts.</summary>
    Accepted,

    /// <summary>A target rendering the glossary forbids.</summary>
    Forbidden,
}
