namespace TranslationReview.Core.Terminology.Stemming;

/// <summary>
/// English for matching target renderings: a word meets its possessives ('s, s') and plurals (-s, -es, -ies for
/// -y), nothing more, so "Zelensky's", "Armed Forces'" and "hostilities" meet "Zelensky", "Armed Forces" and
/// "hostility" while "Kyiv" and "Kyivan", "state" and "statement" stay apart.
/// </summary>
/// <remarks>
/// A plural in -es keeps both readings ("buses" is "bus" + es, "houses" is "house" + s), as does one in -ies
/// ("hostilities" from "hostility", "ties" from "tie").
/// </remarks>
public sealed class EnglishStemmer : IStemmer
{
    private static readonly string[] NotPlural = ["ss", "us", "is", "'"];

    /// <inheritdoc />
    public string Language => "en";

    /// <inheritdoc />
    public IReadOnlyList<string> Stems(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var singular = WithoutPossessive(word);
        if (singular.Length > 4 && singular.EndsWith("ies", StringComparison.Ordinal))
        {
            return [singular[..^3] + "y", singular[..^1]];
        }

        if (singular.Length > 3 && singular.EndsWith("es", StringComparison.Ordinal))
        {
            return [singular[..^1], singular[..^2]];
        }

        return singular.Length > 3 && singular[^1] == 's' && !Array.Exists(NotPlural, n => singular.EndsWith(n, StringComparison.Ordinal))
            ? [singular[..^1]]
            : [singular];
    }

    private static string WithoutPossessive(string word)
    {
        if (word.Length > 2 && word.EndsWith("'s", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.Length > 2 && word.EndsWith("s'", StringComparison.Ordinal) ? word[..^1] : word;
    }
}
