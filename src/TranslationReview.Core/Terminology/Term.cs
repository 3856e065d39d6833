namespace TranslationReview.Core.Terminology;

/// <summary>One term of a termbase entry in one language.</summary>
/// <param name="Text">The term as written, white space normalised.</param>
/// <param name="Status">Whether it may be used.</param>
public sealed record Term(string Text, TermStatus Status)
{
    /// <summary>Part of speech (<c>noun</c>, <c>verb</c>…), when the termbase gives it.</summary>
    public string? PartOfSpeech { get; init; }

    /// <summary>TBX term type (<c>fullForm</c>, <c>abbreviation</c>, <c>acronym</c>, <c>synonym</c>…), when given.</summary>
    public string? TermType { get; init; }
}
