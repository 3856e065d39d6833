namespace TranslationReview.Core.Alignment;

/// <summary>
/// Costs that shape <see cref="SentenceAligner"/>. The defaults suit prose translations (books, articles,
/// reports); costs are in nats, like negative log probabilities.
/// </summary>
public sealed record SentenceAlignerOptions
{
    /// <summary>
    /// Cost of each sentence left untranslated (1-0) or added (0-1), on top of the lexical cost of a sentence
    /// that shares nothing (half of <see cref="LexicalWeight"/>).
    /// </summary>
    public double SkipCost { get; init; } = 2.0;

    /// <summary>
    /// Extra cost of starting a run of untranslated (or added) sentences, paid once per run, so that a
    /// missing passage stays together instead of being scattered over the document.
    /// </summary>
    public double GapOpenCost { get; init; } = 1.0;

    /// <summary>Cost of each sentence beyond one per side in a bead (a 1-2 pays it once, a 2-3 three times).</summary>
    public double MergeCost { get; init; } = 3.5;

    /// <summary>
    /// Cost per sentence of a bead whose two sides share no evidence (numbers, names, cognates, learned word
    /// pairs); a bead pays it in proportion to the weighted share of evidence it does not match.
    /// </summary>
    public double LexicalWeight { get; init; } = 8.0;

    /// <summary>Variance of target length per source character (Gale and Church's s², 6.8 for European languages).</summary>
    public double LengthVariance { get; init; } = 6.8;

    /// <summary>Dice coefficient two words need in the first alignment to be learned as translations.</summary>
    public double LexiconDice { get; init; } = 0.5;

    /// <summary>
    /// How far (in sentences) the final search may stray from the first alignment. Wider is slower and finds
    /// more distant corrections.
    /// </summary>
    public int SearchMargin { get; init; } = 4;
}
