namespace TranslationReview.Core.Alignment;

/// <summary>
/// Turns the sentences of both sides into <see cref="SentenceProfile"/>s over one shared set of features:
/// numbers, carried-over punctuation, name/cognate keys (<see cref="LatinFolding.SkeletonKey"/>) and, once a
/// lexicon has been learned from the pair, target words that source words translate to. Each feature is
/// weighted by how rare it is in the pair, so a shared "1956" or "Dyhrenfurth" counts for more than a
/// shared colon.
/// </summary>
internal sealed class FeatureSpace
{
    private const int MinimumCognateLength = 4;
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<int> sourceFrequency = [];
    private readonly List<int> targetFrequency = [];
    private readonly Dictionary<string, int[]> sourceWordFeatures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> targetWordFeatures = new(StringComparer.Ordinal);

    private FeatureSpace()
    {
    }

    public required SentenceProfile[] Source { get; init; }

    public required SentenceProfile[] Target { get; init; }

    /// <summary>Weight of each feature id: the log inverse document frequency over both sides.</summary>
    public required double[] Weights { get; init; }

    public static FeatureSpace Build(SentenceTokens[] source, SentenceTokens[] target, DocumentLexicon? lexicon)
    {
        var space = new FeatureSpace { Source = [], Target = [], Weights = [] };
        var sourceProfiles = source.Select(s => space.Profile(s, lexicon, isSource: true)).ToArray();
        var targetProfiles = target.Select(s => space.Profile(s, lexicon, isSource: false)).ToArray();
        var documents = source.Length + target.Length;
        var weights = new double[space.ids.Count];
        for (var f = 0; f < weights.Length; f++)
        {
            weights[f] = Math.Log((double)documents / (space.sourceFrequency[f] + space.targetFrequency[f]));
        }

        return new FeatureSpace { Source = sourceProfiles, Target = targetProfiles, Weights = weights };
    }

    private SentenceProfile Profile(SentenceTokens sentence, DocumentLexicon? lexicon, bool isSource)
    {
        var features = new HashSet<int>();
        foreach (var number in sentence.Numbers)
        {
            features.Add(Id("#" + number.TrimStart('0')));
        }

        foreach (var mark in sentence.Marks)
        {
            features.Add(Id("p" + mark));
        }

        var wordFeatures = isSource ? sourceWordFeatures : targetWordFeatures;
        foreach (var word in sentence.Words)
        {
            if (!wordFeatures.TryGetValue(word, out var ids))
            {
                ids = WordFeatures(word, lexicon, isSource);
                wordFeatures.Add(word, ids);
            }

            features.UnionWith(ids);
        }

        var frequency = isSource ? sourceFrequency : targetFrequency;
        foreach (var feature in features)
        {
            frequency[feature]++;
        }

        var sorted = features.ToArray();
        Array.Sort(sorted);
        return new SentenceProfile(sentence.Length, sorted);
    }

    private int[] WordFeatures(string word, DocumentLexicon? lexicon, bool isSource)
    {
        var ids = new List<int>(2);
        if (word.Length >= MinimumCognateLength)
        {
            ids.Add(Id("c" + LatinFolding.SkeletonKey(word)));
        }

        if (lexicon is not null && isSource)
        {
            ids.AddRange(lexicon.TranslationsOf(word).Select(translation => Id("w" + translation)));
        }
        else if (lexicon is not null && lexicon.IsTranslation(word))
        {
            ids.Add(Id("w" + word));
        }

        return [.. ids];
    }

    private int Id(string feature)
    {
        if (!ids.TryGetValue(feature, out var id))
        {
            id = ids.Count;
            ids.Add(feature, id);
            sourceFrequency.Add(0);
            targetFrequency.Add(0);
        }

        return id;
    }
}
