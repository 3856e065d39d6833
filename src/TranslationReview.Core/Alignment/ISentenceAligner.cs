namespace TranslationReview.Core.Alignment;

/// <summary>Aligns the sentences of a text with the sentences of its translation.</summary>
public interface ISentenceAligner
{
    /// <summary>
    /// Returns beads covering every source and every target sentence exactly once, in order.
    /// </summary>
    /// <param name="source">Source sentences in order.</param>
    /// <param name="target">Target sentences in order.</param>
    /// <param name="sourceLanguage">BCP 47 tag of the source language.</param>
    /// <param name="targetLanguage">BCP 47 tag of the target language.</param>
    IReadOnlyList<Bead> Align(IReadOnlyList<string> source, IReadOnlyList<string> target, string sourceLanguage, string targetLanguage);
}
