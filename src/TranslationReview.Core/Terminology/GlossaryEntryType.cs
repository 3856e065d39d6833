namespace TranslationReview.Core.Terminology;

/// <summary>What a glossary entry names; checks treat names and titles with more weight than general terms.</summary>
public enum GlossaryEntryType
{
    /// <summary>A general term.</summary>
    Term = 0,

    /// <summary>A person's name.</summary>
    Person,

    /// <summary>A place name: a country, region, city, river.</summary>
    Place,

    /// <summary>An official title or office, such as "Secretary General".</summary>
    Title,

    /// <summary>An organization, institution or body.</summary>
    Organization,
}
