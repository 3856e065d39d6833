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
        var sourceBags = linked.Select(b => b.SourceIndices.SelectMany(i => source[i].Words).ToHashSet(StringComparer.Ordinal)).ToList();
        var targetBags = linked.Select(b => b.TargetIndices.SelectMany(i => target[i].Words).ToHashSet(StringComparer.Ordinal)).ToList();
        var sourceCounts = CountBags(sourceBags);
        var targetCounts = CountBags(targetBags);

        var pairs = new Dictionary<(string Source, string Target), int>();
        for (var b = 0; b < linked.Count; b++)
        {
            foreach (var s in sourceBags[b])
            {
                if (sourceCounts[s] < MinimumCooccurrence)
                {
                    continue;
                }

                foreach (var t in targetBags[b])
                {
                    if (targetCounts[t] >= MinimumCooccurrence)
                    {
                        pairs[(s, t)] = pairs.GetValueOrDefault((s, t)) + 1;
                    }
                }
            }
        }

        var translations = pairs
            .Where(p => p.Value >= MinimumCooccurrence)
            .Select(p => (p.Key.Source, p.Key.Target, Dice: 2.0 * p.Value / (sourceCounts[p.Key.Source] + targetCounts[p.Key.Target])))
            .Where(p => p.Dice >= minimumDice)
            .GroupBy(p => p.Source, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(p => p.Dice).ThenBy(p => p.Target, StringComparer.Ordinal).Take(TranslationsPerWord).Select(p => p.Target).ToArray(),
                StringComparer.Ordinal);
        return new DocumentLexicon(translations);
    }

    private static Dictionary<string, int> CountBags(List<HashSet<string>> bags)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in bags.SelectMany(b => b))
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        return counts;
    }
}
