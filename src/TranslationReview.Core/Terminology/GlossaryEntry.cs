namespace TranslationReview.Core.Terminology;

/// <summary>
/// One concept of a glossary seen from its language pair: the source term to look for, the target terms a
/// translation may use and the target terms it must not use.
/// </summary>
/// <param name="SourceTerm">The source term: the preferred one when the termbase marks one, else the first.</param>
/// <param name="TargetTerms">Allowed target terms, preferred ones first; empty when the concept has no translation yet.</param>
/// <param name="ForbiddenTerms">Target terms the termbase forbids (deprecated, superseded, not recommended).</param>
public sealed record GlossaryEntry(string SourceTerm, IReadOnlyList<string> TargetTerms, IReadOnlyList<string> ForbiddenTerms)
{
    /// <summary>The entry's id in the termbase (TBX <c>termEntry/@id</c>), when it has one.</summary>
    public string? Id { get; init; }

    /// <summary>Other source terms of the concept (synonyms, abbreviations, deprecated forms), also to look for.</summary>
    public IReadOnlyList<string> SourceSynonyms { get; init; } = [];

    /// <summary>The entry's type as the termbase classifies it: its subject field (domain), when given.</summary>
    public string? SubjectField { get; init; }

    /// <summary>A note for the translator: the definition, or else the first note, when given.</summary>
    public string? Note { get; init; }

    /// <summary>Every term of the concept by language tag as written in the file, all languages included.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Term>> TermsByLanguage { get; init; } =
        new Dictionary<string, IReadOnlyList<Term>>();

    /// <summary>What the entry names (person, place, title, organization or term).</summary>
    public GlossaryEntryType Type { get; init; } = GlossaryEntryType.Term;
}
