using TranslationReview.Core.Terminology;

namespace TranslationReview.Web.Components.Pages.Documents;

/// <summary>A glossary entry made from a flag: the source term, its correct rendering and what it names.</summary>
public sealed record GlossaryAddition(long FlagId, string SourceTerm, string Correction, GlossaryEntryType Type);
