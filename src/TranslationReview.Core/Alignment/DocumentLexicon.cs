namespace TranslationReview.Core.Alignment;

/// <summary>
/// Word translations learned from the document pair itself, as hunalign bootstraps its dictionary: after a
/// first alignment, source and target words that keep turning up in the same beads (Dice coefficient of
/// their bead counts) are taken as translations of each other for the second alignment.
/// </summary>
internal sealed class DocumentLexicon
{
    private const int MinimumCooccurrence = 2;
    private const int TranslationsPerWord = 3;

    // Word statistics settle after a few thousand beads; more only costs time on very long documents.
    private const int MaximumTrainingBeads = 1000;
    private static readonly string[] NoTranslations = [];
    private readonly Dictionary<string, string[]> translations;
    private readonly HashSet<string> targetWords;

    private DocumentLexicon(Dictionary<string, string[]> translations)
    {
        this.translations = translations;
        targetWords = translations.Values.SelectMany(t => t).ToHashSet(StringComparer.Ordinal);
    }

    public int Count => translations.Count;

    public IReadOnlyList<string> TranslationsOf(string sourceWord) =>
        translations.TryGetValue(sourceWord, out var found) ? found : NoTranslations;

    public bool IsTranslation(string targetWord) => targetWords.Contains(targetWord);

    /// <param name="source">Source sentences.</param>
    /// <param name="target">Target sentences.</param>
    /// <param name="beads">A first alignment; beads with an empty side teach nothing.</param>
    /// <param name="minimumDice">Dice coefficient a word pair needs to count as a translation.</param>
    public static DocumentLexicon Learn(SentenceTokens[] source, SentenceTokens[] target, IReadOnlyList<Bead> beads, double minimumDice)
    {
        var linked = beads.Where(b => b.SourceIndices.Count > 0 && b.TargetIndices.Count > 0).ToList();
        if (linked.Count > MaximumTrainingBeads)
        {
            // An even sample keeps words from every part of the document.
            var stride = (double)linked.Count / MaximumTrainingBeads;
            linked = Enumerable.Range(0, MaximumTrainingBeads).Select(k => linked[(int)(k * stride)]).ToList();
        }

        var sourceWords = new WordIds();
        var targetWords = new WordIds();
        var sourceBags = linked.Select(b => sourceWords.Bag(b.SourceIndices.SelectMany(i => source[i].Words))).ToList();
        var targetBags = linked.Select(b => targetWords.Bag(b.TargetIndices.SelectMany(i => target[i].Words))).ToList();

        // Words seen in a single bead cannot reach the minimum co-occurrence; leaving them out early keeps
        // the pair count near linear in the document length.
        var pairs = new Dictionary<(int Source, int Target), int>();
        for (var b = 0; b < linked.Count; b++)
        {
            foreach (var s in sourceBags[b])
            {
                if (sourceWords.Beads[s] < MinimumCooccurrence)
                {
                    continue;
                }

                foreach (var t in targetBags[b])
                {
                    if (targetWords.Beads[t] >= MinimumCooccurrence)
                    {
                        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(pairs, (s, t), out _);
                        count++;
                    }
                }
            }
        }

        var translations = pairs
            .Where(p => p.Value >= MinimumCooccurrence)
            .Select(p => (p.Key.Source, p.Key.Target, Dice: 2.0 * p.Value / (sourceWords.Beads[p.Key.Source] + targetWords.Beads[p.Key.Target])))
            .Where(p => p.Dice >= minimumDice)
            .GroupBy(p => p.Source)
            .ToDictionary(
                g => sourceWords.Words[g.Key],
                g => g.OrderByDescending(p => p.Dice).ThenBy(p => p.Target).Take(TranslationsPerWord).Select(p => targetWords.Words[p.Target]).ToArray(),
                StringComparer.Ordinal);
        return new DocumentLexicon(translations);
    }

    /// <summary>Numbers the words of one side and counts the beads each occurs in.</summary>
    private sealed class WordIds
    {
        private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);

        public List<string> Words { get; } = [];

        public List<int> Beads { get; } = [];

        public int[] Bag(IEnumerable<string> words)
        {
            var bag = new HashSet<int>();
            foreach (var word in words)
            {
                if (!ids.TryGetValue(word, out var id))
                {
                    id = Words.Count;
                    ids.Add(word, id);
                    Words.Add(word);
                    Beads.Add(0);
                }

                if (bag.Add(id))
                {
                    Beads[id]++;
                }
            }

            return [.. bag];
        }
    }
}
