namespace TranslationReview.Core.Checks;

/// <summary>
/// The error categories reviewers use here, after MQM's typology. <see cref="IssueCategoryNames"/> gives the lower-case
/// names used in files and in <c>trv check</c> output.
/// </summary>
public enum IssueCategory
{
    /// <summary>A person's, place's or organization's name is wrong.</summary>
    Name,

    /// <summary>An official title or office is rendered as another one.</summary>
    Title,

    /// <summary>A term differs from the glossary.</summary>
    Terminology,

    /// <summary>The meaning is wrong.</summary>
    Mistranslation,

    /// <summary>Something in the source is missing in the target.</summary>
    Omission,

    /// <summary>The target says something the source does not.</summary>
    Addition,

    /// <summary>Source text left untranslated.</summary>
    Untranslated,

    /// <summary>A number or date is missing, added or changed.</summary>
    Number,

    /// <summary>Grammar.</summary>
    Grammar,

    /// <summary>Spelling.</summary>
    Spelling,

    /// <summary>Punctuation.</summary>
    Punctuation,

    /// <summary>Style or register.</summary>
    Style,

    /// <summary>A convention of the target locale (date, number or address format) is not followed.</summary>
    LocaleConvention,

    /// <summary>Anything else.</summary>
    Other,
}
