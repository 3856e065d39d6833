using System.Runtime.CompilerServices;
using TranslationReview.Core.Terminology;
using TranslationReview.Core.Terminology.Stemming;

namespace TranslationReview.Core.Checks.Terms;

/// <summary>
/// The glossary terms found in every segment of a run: source terms in the sources, accepted and forbidden renderings
/// in the targets. Computed once per run (<see cref="CheckContext.Shared{T}"/>) and read by every glossary check, and
/// by any check that lets the glossary override it.
/// </summary>
public sealed class GlossaryMatches
{
    // The matchers of a glossary are built once and kept while the glossary lives, so re-checking after every edit
    // does not rebuild them.
    private static readonly ConditionalWeakTable<Glossary, Matchers> MatcherCache = new();

    private GlossaryMatches(Glossary? glossary, IReadOnlyList<SegmentTermMatches> segments)
    {
        Glossary = glossary;
        Segments = segments;
    }

    /// <summary>The glossary, or null when the run has none (then no segment has matches).</summary>
    public Glossary? Glossary { get; }

    /// <summary>The matches of each segment, in document order.</summary>
    public IReadOnlyList<SegmentTermMatches> Segments { get; }

    /// <summary>The analysis for this run, computed on first use.</summary>
    public static GlossaryMatches Of(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Shared(Compute);
    }

    /// <summary>The entry a match belongs to.</summary>
    public GlossaryEntry EntryOf(TermMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return Glossary is null
            ? throw new InvalidOperationException("There is no glossary in this run.")
            : Glossary.Entries[match.Pattern.EntryIndex];
    }

    private static GlossaryMatches Compute(CheckContext context)
    {
        var glossary = context.Glossary;
        var document = context.Document;
        if (glossary is null || glossary.Entries.Count == 0)
        {
            return new GlossaryMatches(glossary, [.. document.Segments.Select(s => new SegmentTermMatches(s, [], []))]);
        }

        var matchers = MatchersFor(glossary, document.SourceLanguage, document.TargetLanguage);
        var segments = new List<SegmentTermMatches>(document.Segments.Count);
        foreach (var segment in document.Segments)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            segments.Add(new SegmentTermMatches(segment, matchers.Source.FindAll(segment.Source), matchers.Target.FindAll(segment.Target)));
        }

        return new GlossaryMatches(glossary, segments);
    }

    private static Matchers MatchersFor(Glossary glossary, string sourceLanguage, string targetLanguage)
    {
        if (MatcherCache.TryGetValue(glossary, out var cached) && cached.Languages == (sourceLanguage, targetLanguage))
        {
            return cached;
        }

        // The document's languages decide the stemmers: the text is in them, whatever the glossary file declared.
        var built = new Matchers(
            (sourceLanguage, targetLanguage),
            TermMatcher.ForSource(glossary, Stemmers.For(sourceLanguage)),
            TermMatcher.ForTarget(glossary, Stemmers.For(targetLanguage)));
        MatcherCache.AddOrUpdate(glossary, built);
        return built;
    }

    private sealed record Matchers((string Source, string Target) Languages, TermMatcher Source, TermMatcher Target);
}
