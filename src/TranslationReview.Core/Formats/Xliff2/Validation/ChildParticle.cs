namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>One step of a content model: a set of allowed child names (or <c>##other</c>) and how often.</summary>
/// <param name="Names">Core local names, or <c>##other</c> for elements of any other namespace.</param>
/// <param name="Min">Minimum occurrences.</param>
/// <param name="Max">Maximum occurrences (<see cref="int.MaxValue"/> for unbounded).</param>
internal sealed record ChildParticle(string[] Names, int Min, int Max)
{
    public const string Other = "##other";
}
