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
        // Names repeat through a document; a name's profiles depend only on its words, so they are built once.
        var profilesByName = new Dictionary<string, IReadOnlyList<NameWordProfile>>(StringComparer.Ordinal);
        foreach (var segment in document.Segments)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (segment.Target.Length == 0)
            {
                continue;
            }

            var targetWords = TargetWord.Find(segment.Target);
            foreach (var name in SourceNameFinder.Find(segment.Source))
            {
                if (!profilesByName.TryGetValue(name.Text, out var profiles))
                {
                    profiles = NameProfiler.Profile(name, language);
                    profilesByName[name.Text] = profiles;
                }

                var words = name.Words.Where(w => w.Text.Length > 1).ToList();
                var renderings = profiles.Select((p, i) => Render(segment, name, words[i], p, targetWords, glossary)).ToList();
                all.AddRange(profiles.Count > 0 && !profiles[0].OriginCertain ? RussianPersonInUkrainianText(renderings) : renderings);
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
        var status = Classify(profile, target.Folded);
        if (glossary.Covers(name, word, target.Text))
        {
            status = NameRenderingStatus.Glossary;
        }

        var expected = profile.Expected ?? ExpectedFromLemmas(profile, target.Folded);
        return new NameRendering(segment.Number, name, word, profile.GroupKey, span, profile.Origin, status, expected is null ? null : Cased(expected, target.Text), exact);
    }

    // Ukrainian texts write Russians' names in Ukrainian form (Дмитро Рогозін): when the rules alone made a name Ukrainian
    // and the target renders every word of it in the Russian form, it is more likely a Russian person than an error.
    private static IEnumerable<NameRendering> RussianPersonInUkrainianText(List<NameRendering> renderings)
    {
        var located = renderings.Where(r => r.Target is not null).ToList();
        return located.Count > 1 && located.All(r => r.Status == NameRenderingStatus.OtherLanguageForm)
            ? renderings.Select(r => r with { Status = NameRenderingStatus.Undecided })
            : renderings;
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
            if (profile.IsAccepted(word.Folded) || profile.IsOtherLanguage(word.Folded))
            {
                return (word, true);
            }

            foreach (var anchor in profile.Anchors)
            {
                // Words whose lengths alone keep them under the threshold are not measured.
                if (Math.Abs(anchor.Length - word.Folded.Length) > (1 - (LocateThreshold / 100)) * Math.Max(anchor.Length, word.Folded.Length))
                {
                    continue;
                }

                var score = EditDistance.Similarity(word.Folded, anchor);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = word;
                }
            }
        }

        return bestScore >= LocateThreshold ? (best, false) : (null, false);
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
        targetWord.Length > 1 && targetWord.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? expected.ToUpperInvariant() : expected;
}
