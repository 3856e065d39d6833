namespace TranslationReview.Core.Alignment;

/// <summary>
/// Word translations learned from the document pair itself, as hunalign bootstraps its dictionary: after a
/// first alignment, source and target words that keep turning up in the same beads (Dice coefficient of
/// their bead counts) are taken as translations of each other for the second alignment. Words are
/// <see cref="DocumentWords"/> ids.
/// </summary>
internal sealed class DocumentLexicon
{
    private const int MinimumCooccurrence = 2;
    private const int TranslationsPerWord = 3;

    // Word statistics settle after a few thousand beads; more only costs time on very long documents.
    private const int MaximumTrainingBeads = 1000;
    private static readonly int[] NoTranslations = [];
    private readonly Dictionary<int, int[]> translations;
    private readonly HashSet<int> targetWords;

    private DocumentLexicon(Dictionary<int, int[]> translations)
    {
        this.translations = translations;
        targetWords = translations.Values.SelectMany(t => t).ToHashSet();
    }

    public int Count => translations.Count;

    public IReadOnlyList<int> TranslationsOf(int sourceWord) =>
        translations.TryGetValue(sourceWord, out var found) ? found : NoTranslations;

    public bool IsTranslation(int targetWord) => targetWords.Contains(targetWord);

    /// <param name="source">Source sentences.</param>
    /// <param name="target">Target sentences.</param>
    /// <param name="path">A first alignment as grid points; beads with an empty side teach nothing.</param>
    /// <param name="minimumDice">Dice coefficient a word pair needs to count as a translation.</param>
    /// <param name="words">The vocabulary the sentences' word ids refer to.</param>
    public static DocumentLexicon Learn(SentenceTokens[] source, SentenceTokens[] target, IReadOnlyList<(int I, int J)> path, double minimumDice, DocumentWords words)
    {
        var linked = new List<(int I0, int I1, int J0, int J1)>();
        for (var p = 0; p + 1 < path.Count; p++)
        {
            if (path[p + 1].I > path[p].I && path[p + 1].J > path[p].J)
            {
                linked.Add((path[p].I, path[p + 1].I, path[p].J, path[p + 1].J));
            }
        }

        if (linked.Count > MaximumTrainingBeads)
        {
            // An even sample keeps words from every part of the document.
            var stride = (double)linked.Count / MaximumTrainingBeads;
            linked = Enumerable.Range(0, MaximumTrainingBeads).Select(k => linked[(int)(k * stride)]).ToList();
        }

        var sourceWords = new BeadCounts(words.Count);
        var targetWords = new BeadCounts(words.Count);
        var sourceBags = new int[linked.Count][];
        var targetBags = new int[linked.Count][];
        for (var b = 0; b < linked.Count; b++)
        {
            sourceBags[b] = sourceWords.Bag(source, linked[b].I0, linked[b].I1);
            targetBags[b] = targetWords.Bag(target, linked[b].J0, linked[b].J1);
        }

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

        var candidates = new Dictionary<int, List<(double Dice, int Target)>>();
        foreach (var ((s, t), count) in pairs)
        {
            var dice = 2.0 * count / (sourceWords.Beads[s] + targetWords.Beads[t]);
            if (count >= MinimumCooccurrence && dice >= minimumDice)
            {
                (candidates.TryGetValue(s, out var list) ? list : candidates[s] = []).Add((dice, t));
            }
        }

        // Best Dice first; ties go to the target word met first in the training beads.
        var translations = new Dictionary<int, int[]>(candidates.Count);
        foreach (var (s, list) in candidates)
        {
            list.Sort((x, y) => x.Dice != y.Dice ? y.Dice.CompareTo(x.Dice) : x.Target.CompareTo(y.Target));
            translations.Add(sourceWords.Words[s], [.. list.Take(TranslationsPerWord).Select(p => targetWords.Words[p.Target])]);
        }

        return new DocumentLexicon(translations);
    }

    /// <summary>
    /// Numbers the words of one side in order of first appearance in the training beads (the order that
    /// breaks ties between equally good translations) and counts the beads each occurs in.
    /// </summary>
    private sealed class BeadCounts(int vocabularySize)
    {
        private readonly int[] local = Enumerable.Repeat(-1, vocabularySize).ToArray();
        private readonly List<int> lastBag = [];
        private readonly List<int> bag = [];
        private int bagNumber;

        /// <summary>Document word id of each local id.</summary>
        public List<int> Words { get; } = [];

        public List<int> Beads { get; } = [];

        /// <summary>The distinct local ids of the words of sentences <paramref name="from"/> up to <paramref name="to"/>.</summary>
        public int[] Bag(SentenceTokens[] sentences, int from, int to)
        {
            bag.Clear();
            for (var i = from; i < to; i++)
            {
                foreach (var word in sentences[i].Words)
                {
                    var id = local[word];
                    if (id < 0)
                    {
                        id = local[word] = Words.Count;
                        Words.Add(word);
                        Beads.Add(0);
                        lastBag.Add(-1);
                    }

                    if (lastBag[id] != bagNumber)
                    {
                        lastBag[id] = bagNumber;
                        Beads[id]++;
                        bag.Add(id);
                    }
                }
            }

            bagNumber++;
            return [.. bag];
        }
    }
}
