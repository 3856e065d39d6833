namespace TranslationReview.Core.Terminology.Stemming;

/// <summary>
/// Reduces an inflected word form to the stems the term matcher compares. Two forms of one word share at least one
/// stem ("Кабінету" and "Кабінет"); forms of different words share none.
/// </summary>
public interface IStemmer
{
    /// <summary>The language this stemmer is for, as a BCP 47 primary tag such as <c>ru</c>.</summary>
    string Language { get; }

    /// <summary>
    /// The stems of one word, already folded by <see cref="TermFolding.Fold(string)"/> (lower case, ё as е, one
    /// apostrophe). Usually one stem; more where the form is ambiguous (Ukrainian "Харків" is a nominative, "міністрів"
    /// a genitive plural, and both end in -ів). Never empty.
    /// </summary>
    IReadOnlyList<string> Stems(string word);
}
