using TranslationReview.Core.Alignment;
using TranslationReview.Core.Checks;
using TranslationReview.Core.Metrics;

namespace TranslationReview.Core.Names;

/// <summary>
/// The names of a document's sources with their renderings in the targets: computed once per check run
/// (<see cref="CheckContext.Shared{T}"/>) and read by every name check.
/// </summary>
internal sealed class NameRenderings
{
    // How alike (0–100, edit distance on folded Latin) a target word must be to a romanization to count as its rendering.
    private const double LocateThreshold = 72;

    private NameRenderings(IReadOnlyList<NameRendering> all) => All = all;

    /// <summary>Every source name word with its rendering, in document order.</summary>
    public IReadOnlyList<NameRendering> All { get; }

    /// <summary>The renderings of the context's document (shared between the checks of one run).</summary>
    public static NameRenderings Of(CheckContext context) => context.Shared(Compute);

    /// <summary>True when the source language is one the name checks read (Russian or Ukrainian).</summary>
    public static bool Applies(CheckDocument document) =>
        Transliterators.PrimaryLanguage(document.SourceLanguage) is "uk" or "ru"
        && !(Transliterators.PrimaryLanguage(document.TargetLanguage) is "uk" or "ru");

    private static NameRenderings Compute(CheckContext context)
    {
        var document = context.Document;
        if (!Applies(document))
        {
            return new NameRenderings([]);
        }

        var language = Transliterators.PrimaryLanguage(document.SourceLanguage);
        var glossary = GlossaryNames.Of(context.Glossary);
        var all = new List<NameRendering>();
        // Names repeat through a document; a name's profiles depend only on its words, so they are built once, and each
        // profile remembers how the target words it has met compare with it. Target words repeat too: each is folded once.
        var profilesByName = new Dictionary<string, IReadOnlyList<NameWordProfile>>(StringComparer.Ordinal);
        var folded = new Dictionary<string, string>(StringComparer.Ordinal);
        var renderings = new List<NameRendering>();
        foreach (var segment in document.Segments)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (segment.Target.Length == 0)
            {
                continue;
            }

            var targetWords = TargetWord.Find(segment.Target, folded);
            foreach (var name in SourceNameFinder.Find(segment.Source))
            {
                if (!profilesByName.TryGetValue(name.Text, out var profiles))
                {
                    profiles = NameProfiler.Profile(name, language);
                    profilesByName[name.Text] = profiles;
                }

                renderings.Clear();
                var index = 0;
                foreach (var word in name.Words)
                {
                    // The profiles are of the words longer than one letter, in order.
                    if (word.Text.Length > 1 && index < profiles.Count)
                    {
                        renderings.Add(Render(segment, name, word, profiles[index++], targetWords, glossary));
                    }
                }

                if (profiles.Count > 0 && !profiles[0].OriginCertain)
                {
                    RussianPersonInUkrainianText(renderings);
                }

                all.AddRange(renderings);
            }
        }

        return new NameRenderings(all);
    }

    private static NameRendering Render(CheckSegment segment, SourceName name, SourceNameWord word, NameWordProfile profile, IReadOnlyList<TargetWord> targetWords, GlossaryNames glossary)
    {
        var (target, exact) = Locate(profile, targetWords);
        if (target is null)
        {
            return new NameRendering(segment.Number, name, word, profile.GroupKey, null, profile.Origin, NameRenderingStatus.Undecided, profile.Expected, false);
        }

        var span = TextSpan.Of(segment.Target, target.Start, target.Length);
        var match = Match(profile, target.Folded);
        match.Classified ??= (Classify(profile, target.Folded), profile.Expected ?? ExpectedFromLemmas(profile, target.Folded));
        var (status, expected) = match.Classified.Value;
        if (glossary.Covers(name, word, target.Text))
        {
            status = NameRenderingStatus.Glossary;
        }

        return new NameRendering(segment.Number, name, word, profile.GroupKey, span, profile.Origin, status, expected is null ? null : Cased(expected, target.Text), exact);
    }

    // Ukrainian texts write Russians' names in Ukrainian form (Дмитро Рогозін): when the rules alone made a name Ukrainian
    // and the target renders every word of it in the Russian form, it is more likely a Russian person than an error.
    private static void RussianPersonInUkrainianText(List<NameRendering> renderings)
    {
        var located = 0;
        foreach (var rendering in renderings)
        {
            if (rendering.Target is null)
            {
                continue;
            }

            if (rendering.Status != NameRenderingStatus.OtherLanguageForm)
            {
                return;
            }

            located++;
        }

        if (located > 1)
        {
            for (var i = 0; i < renderings.Count; i++)
            {
                renderings[i] = renderings[i] with { Status = NameRenderingStatus.Undecided };
            }
        }
    }

    private static NameRenderingStatus Classify(NameWordProfile profile, string folded)
    {
        if (profile.IsAccepted(folded))
        {
            return NameRenderingStatus.Accepted;
        }

        return profile.Origin switch
        {
            NameOrigin.Foreign when profile.Expected is not null
                && EditDistance.Similarity(folded, LatinFolding.Fold(profile.Expected)) >= 50 => NameRenderingStatus.NotEstablishedSpelling,
            NameOrigin.Ukrainian when profile.IsOtherLanguage(folded) => NameRenderingStatus.OtherLanguageForm,
            NameOrigin.Russian or NameOrigin.Unknown when profile.IsOtherLanguage(folded) => NameRenderingStatus.Accepted,
            _ => NameRenderingStatus.Undecided,
        };
    }

    private static (TargetWord? Word, bool Exact) Locate(NameWordProfile profile, IReadOnlyList<TargetWord> targetWords)
    {
        TargetWord? best = null;
        var bestScore = 0.0;
        foreach (var word in targetWords)
        {
            var match = Match(profile, word.Folded);
            if (match.Exact)
            {
                return (word, true);
            }

            // The first word with the best score wins.
            if (match.Score > bestScore)
            {
                bestScore = match.Score;
                best = word;
            }
        }

        return bestScore >= LocateThreshold ? (best, false) : (null, false);
    }

    // How a folded target word compares with the profile, measured on first meeting and remembered by the profile.
    private static NameWordMatch Match(NameWordProfile profile, string folded)
    {
        if (profile.Matches.TryGetValue(folded, out var known))
        {
            return known;
        }

        var match = new NameWordMatch(true, 0);
        if (!profile.IsAccepted(folded) && !profile.IsOtherLanguage(folded))
        {
            var score = 0.0;
            foreach (var anchor in profile.Anchors)
            {
                // Words whose lengths alone keep them under the threshold are not measured.
                if (Math.Abs(anchor.Length - folded.Length) > (1 - (LocateThreshold / 100)) * Math.Max(anchor.Length, folded.Length))
                {
                    continue;
                }

                score = Math.Max(score, EditDistance.Similarity(folded, anchor));
            }

            match = new NameWordMatch(false, score);
        }

        profile.Matches[folded] = match;
        return match;
    }

    // The lemma to suggest: the one whose Russian reading the target follows (the і/ї alternation first: Чугуєва →
    // Чугуїв), else the one most like the target, derived nominatives before the form as written.
    private static string? ExpectedFromLemmas(NameWordProfile profile, string folded)
    {
        if (profile.Lemmas.Count == 0)
        {
            return null;
        }

        var written = profile.Lemmas[0];
        var preferred = profile.Lemmas.Skip(1).Reverse().Append(written).ToList();
        var lemma = preferred.FirstOrDefault(l => NameReading.Of(l, NameReadingMode.RussianOfUkrainianSpelling).Matches(folded)
            || NameReading.Of(l, NameReadingMode.Russian).Matches(folded))
            ?? profile.Lemmas.Skip(1).Append(written)
                .Select((l, order) => (Lemma: l, Order: order, Score: EditDistance.Similarity(LatinFolding.Fold(NameProfiler.Romanize(l)), folded)))
                .OrderByDescending(c => c.Score).ThenBy(c => c.Order).First().Lemma;
        return NameProfiler.Romanize(lemma);
    }

    // The expected spelling in the target word's case: all caps stays all caps.
    private static string Cased(string expected, string targetWord) =>
        targetWord.Length > 1 && AllCaps(targetWord) ? expected.ToUpperInvariant() : expected;

    private static bool AllCaps(string word)
    {
        foreach (var ch in word)
        {
            if (char.IsLetter(ch) && !char.IsUpper(ch))
            {
                return false;
            }
        }

        return true;
    }
}
