namespace TranslationReview.Core.Alignment;

/// <summary>
/// Turns the sentences of both sides into <see cref="SentenceProfile"/>s over one shared set of features:
/// numbers, carried-over punctuation, name/cognate keys (<see cref="LatinFolding.SkeletonKey"/>) and, once a
/// lexicon has been learned from the pair, target words that source words translate to. Each feature is
/// weighted by how rare it is in the pair, so a shared "1956" or "Dyhrenfurth" counts for more than a
/// shared colon. Features are numbered in order of first appearance.
/// </summary>
internal sealed class FeatureSpace
{
    private const int MinimumCognateLength = 4;
    private static readonly int[] NoFeatures = [];
    private readonly Dictionary<long, int> ids = [];
    private readonly List<int> sourceFrequency = [];
    private readonly List<int> targetFrequency = [];
    private readonly List<int> gathered = [];

    // The profile number that last gathered each feature, so a sentence gathers each feature once.
    private readonly List<int> gatheredBy = [];
    private int profiles;

    private FeatureSpace()
    {
    }

    private enum Kind
    {
        Number,
        Mark,
        Cognate,
        Translation,
    }

    public required SentenceProfile[] Source { get; init; }

    public required SentenceProfile[] Target { get; init; }

    /// <summary>Weight of each feature id: the log inverse document frequency over both sides.</summary>
    public required double[] Weights { get; init; }

    public static FeatureSpace Build(SentenceTokens[] source, SentenceTokens[] target, DocumentLexicon? lexicon, DocumentWords words)
    {
        var space = new FeatureSpace { Source = [], Target = [], Weights = [] };

        // A word's features depend only on its side, so each side computes them once per word.
        var sourceWordFeatures = new int[]?[words.Count];
        var targetWordFeatures = new int[]?[words.Count];
        var sourceProfiles = new SentenceProfile[source.Length];
        for (var s = 0; s < source.Length; s++)
        {
            sourceProfiles[s] = space.Profile(source[s], lexicon, words, sourceWordFeatures, isSource: true);
        }

        var targetProfiles = new SentenceProfile[target.Length];
        for (var t = 0; t < target.Length; t++)
        {
            targetProfiles[t] = space.Profile(target[t], lexicon, words, targetWordFeatures, isSource: false);
        }

        var documents = source.Length + target.Length;
        var weights = new double[space.ids.Count];
        for (var f = 0; f < weights.Length; f++)
        {
            weights[f] = Math.Log((double)documents / (space.sourceFrequency[f] + space.targetFrequency[f]));
        }

        return new FeatureSpace { Source = sourceProfiles, Target = targetProfiles, Weights = weights };
    }

    private SentenceProfile Profile(SentenceTokens sentence, DocumentLexicon? lexicon, DocumentWords words, int[]?[] wordFeatures, bool isSource)
    {
        gathered.Clear();
        profiles++;
        foreach (var number in sentence.Numbers)
        {
            Gather(Id(Kind.Number, number));
        }

        foreach (var mark in sentence.Marks)
        {
            Gather(Id(Kind.Mark, mark));
        }

        foreach (var word in sentence.Words)
        {
            var features = wordFeatures[word] ??= WordFeatures(word, lexicon, words, isSource);
            foreach (var feature in features)
            {
                Gather(feature);
            }
        }

        var sorted = gathered.ToArray();
        Array.Sort(sorted);
        var frequency = isSource ? sourceFrequency : targetFrequency;
        foreach (var feature in sorted)
        {
            frequency[feature]++;
        }

        return new SentenceProfile(sentence.Length, sorted);
    }

    private void Gather(int feature)
    {
        if (gatheredBy[feature] != profiles)
        {
            gatheredBy[feature] = profiles;
            gathered.Add(feature);
        }
    }

    private int[] WordFeatures(int word, DocumentLexicon? lexicon, DocumentWords words, bool isSource)
    {
        var cognate = words[word].Length >= MinimumCognateLength;
        if (lexicon is not null && isSource)
        {
            var translations = lexicon.TranslationsOf(word);
            var features = new int[(cognate ? 1 : 0) + translations.Count];
            var k = 0;
            if (cognate)
            {
                features[k++] = Id(Kind.Cognate, words.KeyOf(word));
            }

            foreach (var translation in translations)
            {
                features[k++] = Id(Kind.Translation, translation);
            }

            return features;
        }

        var translated = lexicon is not null && lexicon.IsTranslation(word);
        return (cognate, translated) switch
        {
            (true, true) => [Id(Kind.Cognate, words.KeyOf(word)), Id(Kind.Translation, word)],
            (true, false) => [Id(Kind.Cognate, words.KeyOf(word))],
            (false, true) => [Id(Kind.Translation, word)],
            _ => NoFeatures,
        };
    }

    private int Id(Kind kind, int payload)
    {
        var key = ((long)kind << 32) | (uint)payload;
        if (!ids.TryGetValue(key, out var id))
        {
            id = ids.Count;
            ids.Add(key, id);
            sourceFrequency.Add(0);
            targetFrequency.Add(0);
            gatheredBy.Add(0);
        }

        return id;
    }
}
