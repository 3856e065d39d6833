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
    private readonly Dictionary<string, int> cognateIds = new(StringComparer.Ordinal);

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

        foreach (var word in sentence.Words)
        {
            if (word.Length >= MinimumCognateLength)
            {
                if (!cognateIds.TryGetValue(word, out var cognate))
                {
                    cognate = Id("c" + LatinFolding.SkeletonKey(word));
                    cognateIds.Add(word, cognate);
                }

                features.Add(cognate);
            }

            if (lexicon is null)
            {
                continue;
            }

            if (isSource)
            {
                foreach (var translation in lexicon.TranslationsOf(word))
                {
                    features.Add(Id("w" + translation));
                }
            }
            else if (lexicon.IsTranslation(word))
            {
                features.Add(Id("w" + word));
            }
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
