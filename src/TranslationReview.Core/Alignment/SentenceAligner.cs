namespace TranslationReview.Core.Alignment;

/// <summary>
/// Aligns sentences by dynamic programming over beads from 1-1 up to 1-4 and 2-3, including deletions and
/// insertions. A bead's cost combines Gale and Church's length model with evidence the two sides share:
/// numbers, carried-over punctuation, names and cognates compared through a Latin folding (so Cyrillic
/// "Зеленский" meets Latin "Zelensky"), and, in a second pass, word translations learned from the first
/// alignment of the same document pair. Runs of unmatched sentences pay an opening cost once, so a missing
/// passage stays in one piece. The search stays inside a band around a coarse-to-fine path, so time and
/// memory grow linearly with the document length. Each bead's confidence is its posterior probability
/// among all alignments in the band (for an unmatched sentence: the probability that it has no
/// counterpart), so reviewers can check the least certain beads first. The language tags are not needed:
/// everything the model uses is read from the document pair itself.
/// </summary>
/// <param name="options">Costs of the alignment model.</param>
public sealed class SentenceAligner(SentenceAlignerOptions options) : ISentenceAligner
{
    // Beyond this many grid points the first pass searches around a path found on blocks of sentences.
    private const long FullSearchPoints = 20_000;
    private const int BlockSize = 4;
    private const int BlockMargin = BlockSize + 2;
    private const int ConfidenceMargin = 2;

    /// <summary>An aligner with the default <see cref="SentenceAlignerOptions"/>.</summary>
    public SentenceAligner()
        : this(new SentenceAlignerOptions())
    {
    }

    /// <inheritdoc />
    public IReadOnlyList<Bead> Align(IReadOnlyList<string> source, IReadOnlyList<string> target, string sourceLanguage, string targetLanguage)
    {
        if (source.Count == 0 || target.Count == 0)
        {
            // Nothing to pair with: every sentence is certainly unmatched.
            return [
                .. Enumerable.Range(0, source.Count).Select(i => new Bead([i], [], 1.0)),
                .. Enumerable.Range(0, target.Count).Select(j => new Bead([], [j], 1.0)),
            ];
        }

        var words = new DocumentWords();
        var sourceTokens = source.Select(s => SentenceTokens.Read(s, words)).ToArray();
        var targetTokens = target.Select(t => SentenceTokens.Read(t, words)).ToArray();

        var first = FeatureSpace.Build(sourceTokens, targetTokens, lexicon: null, words);
        var firstRatio = LengthRatio.Estimate(first.Source, first.Target);
        var firstBand = SearchBand(first.Source, first.Target, first.Weights, firstRatio);
        var firstPath = BeadSearch.Cheapest(new BeadCostModel(first.Source, first.Target, first.Weights, firstRatio, firstBand, options), firstBand, BeadShape.All, options.GapOpenCost);

        var lexicon = DocumentLexicon.Learn(sourceTokens, targetTokens, firstPath, options.LexiconDice, words);
        var second = FeatureSpace.Build(sourceTokens, targetTokens, lexicon, words);
        var band = AlignmentBand.Around(firstPath, source.Count, target.Count, options.SearchMargin);
        var model = new BeadCostModel(second.Source, second.Target, second.Weights, firstRatio, band, options);
        var path = BeadSearch.Cheapest(model, band, BeadShape.All, options.GapOpenCost);

        // Posteriors weigh the alternatives near the chosen path; a narrower band keeps them cheap.
        var confidenceBand = AlignmentBand.Around(path, source.Count, target.Count, ConfidenceMargin).Within(band);
        return ToBeads(path, BeadSearch.Posteriors(model, confidenceBand, path, options.GapOpenCost));
    }

    /// <summary>
    /// The whole grid for short documents; otherwise a band around the path that aligns blocks of
    /// <see cref="BlockSize"/> sentences, found the same way (recursively for very long documents).
    /// </summary>
    private AlignmentBand SearchBand(SentenceProfile[] source, SentenceProfile[] target, double[] weights, double ratio)
    {
        if ((source.Length + 1L) * (target.Length + 1L) <= FullSearchPoints)
        {
            return AlignmentBand.Full(source.Length, target.Length);
        }

        var sourceBlocks = Blocks(source);
        var targetBlocks = Blocks(target);
        var coarseBand = SearchBand(sourceBlocks, targetBlocks, weights, ratio);
        var coarsePath = BeadSearch.Cheapest(new BeadCostModel(sourceBlocks, targetBlocks, weights, ratio, coarseBand, options), coarseBand, BeadShape.Common, options.GapOpenCost);
        var finePath = coarsePath
            .Select(p => (Math.Min(source.Length, p.I * BlockSize), Math.Min(target.Length, p.J * BlockSize)))
            .ToList();
        return AlignmentBand.Around(finePath, source.Length, target.Length, BlockMargin);
    }

    private static SentenceProfile[] Blocks(SentenceProfile[] sentences)
    {
        var blocks = new SentenceProfile[(sentences.Length + BlockSize - 1) / BlockSize];
        for (var b = 0; b < blocks.Length; b++)
        {
            var start = b * BlockSize;
            blocks[b] = SentenceProfile.Merge(sentences.AsSpan(start, Math.Min(BlockSize, sentences.Length - start)));
        }

        return blocks;
    }

    private static List<Bead> ToBeads(List<(int I, int J)> path, double[]? confidence)
    {
        var beads = new List<Bead>(path.Count - 1);
        for (var p = 0; p + 1 < path.Count; p++)
        {
            var (i0, j0) = path[p];
            var (i1, j1) = path[p + 1];
            beads.Add(new Bead(
                Enumerable.Range(i0, i1 - i0).ToArray(),
                Enumerable.Range(j0, j1 - j0).ToArray(),
                confidence?[p] ?? 1.0));
        }

        return beads;
    }
}
