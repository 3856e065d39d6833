using TranslationReview.Core.Terminology;

namespace TranslationReview.Data;

/// <summary>A project glossary entry as the glossary page lists it.</summary>
/// <param name="Id">The entry's key.</param>
/// <param name="SourceTerm">The source term.</param>
/// <param name="TargetTerms">Accepted renderings, preferred first.</param>
/// <param name="ForbiddenTerms">Forbidden renderings.</param>
/// <param name="Type">What the entry names.</param>
/// <param name="Note">A note for the translator, or null.</param>
/// <param name="UpdatedAt">When it was added or last changed.</param>
/// <param name="UpdatedBy">Who added or last changed it, or null for an import without a user.</param>
public sealed record GlossaryEntryRow(
    int Id,
    string SourceTerm,
    IReadOnlyList<string> TargetTerms,
    IReadOnlyList<string> ForbiddenTerms,
    GlossaryEntryType Type,
    string? Note,
    DateTimeOffset UpdatedAt,
    string? UpdatedBy);
