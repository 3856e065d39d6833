namespace TranslationReview.Core.Names;

/// <summary>
/// What the name checks know about one source word: whose name it is, the spellings that are right for it, the spellings
/// that follow the other language's form, and the expected spelling to suggest.
/// </summary>
internal sealed class NameWordProfile(SourceNameWord word, NameOrigin origin)
{
    public SourceNameWord Word { get; } = word;

    public NameOrigin Origin { get; } = origin;

    public string? GroupKey { get; set; }

    /// <summary>True when a table or a Ukrainian surname ending says whose name it is, not just a given name or a place ending.</summary>
    public bool OriginCertain { get; set; }

    /// <summary>The expected spelling from a table (established, gazetteer) or null to romanize a lemma.</summary>
    public string? Expected { get; set; }

    /// <summary>Nominative candidates (Cyrillic, lower case) to romanize when no table gives the expected spelling.</summary>
    public List<string> Lemmas { get; } = [];

    public List<NameReading> Accepted { get; } = [];

    public HashSet<string> AcceptedLiterals { get; } = new(StringComparer.Ordinal);

    public List<NameReading> OtherLanguage { get; } = [];

    public HashSet<string> OtherLanguageLiterals { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded spellings to measure a target word's likeness against when locating the rendering.</summary>
    public HashSet<string> Anchors { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// What locating and classifying have found for each folded target word already measured against this profile: the
    /// profile is built once per run for a name that repeats, and its answers depend only on the folded word.
    /// </summary>
    public Dictionary<string, NameWordMatch> Matches { get; } = new(StringComparer.Ordinal);

    public bool IsAccepted(string folded) => AcceptedLiterals.Contains(folded) || Accepted.Any(r => r.Matches(folded));

    public bool IsOtherLanguage(string folded) => OtherLanguageLiterals.Contains(folded) || OtherLanguage.Any(r => r.Matches(folded));
}
