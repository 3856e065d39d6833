using System.Collections.Concurrent;
using TranslationReview.Core.Terminology.Stemming;

namespace TranslationReview.Core.Terminology;

/// <summary>
/// Finds many terms in a text in one pass, in any inflected form: every term becomes a path of word stems in a
/// trie (built once per glossary side), and the text's words are stemmed once and walked through the trie from each
/// word. Matching is case-insensitive (acronyms excepted: "US" matches only capitals), ignores ё/е and apostrophe
/// variants, and compares stems from an <see cref="IStemmer"/>.
/// </summary>
/// <remarks>Thread-safe once built: stems of the words seen are cached for the matcher's lifetime.</remarks>
public sealed class TermMatcher
{
    /// <summary>At most this many stem paths are kept per term; an ambiguous stem doubles a term's paths.</summary>
    private const int MaxPathsPerTerm = 64;

    private const int MaxCachedWords = 200_000;
    private const string AcronymMark = "^";

    private readonly TrieNode _root = new();
    private readonly IStemmer _stemmer;
    private readonly ConcurrentDictionary<string, string[]> _wordKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<TermPattern, (string Leading, string Trailing)> _edges = new(ReferenceEqualityComparer.Instance);

    /// <summary>Builds the matcher for <paramref name="patterns"/>; terms with no word (punctuation only) are left out.</summary>
    public TermMatcher(IEnumerable<TermPattern> patterns, IStemmer stemmer)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(stemmer);
        _stemmer = stemmer;
        foreach (var pattern in patterns)
        {
            Add(pattern);
        }
    }

    /// <summary>The number of terms the matcher looks for.</summary>
    public int PatternCount { get; private set; }

    /// <summary>The language of the stemmer.</summary>
    public string Language => _stemmer.Language;

    /// <summary>A matcher for the source terms (and source synonyms) of every entry, stemmed for the glossary's source language.</summary>
    public static TermMatcher ForSource(Glossary glossary, IStemmer? stemmer = null)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        var patterns = glossary.Entries.SelectMany((entry, index) =>
            new[] { entry.SourceTerm }.Concat(entry.SourceSynonyms).Distinct(StringComparer.Ordinal).Select(t => new TermPattern(t, index, TermRole.Source)));
        return new TermMatcher(patterns, stemmer ?? Stemmers.For(glossary.SourceLanguage));
    }

    /// <summary>A matcher for the accepted and forbidden renderings of every entry, stemmed for the glossary's target language.</summary>
    public static TermMatcher ForTarget(Glossary glossary, IStemmer? stemmer = null)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        var patterns = glossary.Entries.SelectMany((entry, index) =>
            entry.TargetTerms.Select(t => new TermPattern(t, index, TermRole.Accepted))
                .Concat(entry.ForbiddenTerms.Select(t => new TermPattern(t, index, TermRole.Forbidden))));
        return new TermMatcher(patterns, stemmer ?? Stemmers.For(glossary.TargetLanguage));
    }

    /// <summary>
    /// Every occurrence of every term in <paramref name="text"/>, nested and overlapping ones included, ordered by
    /// start, longer first, then by entry.
    /// </summary>
    public IReadOnlyList<TermMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = TermTokenizer.Words(text);
        if (words.Count == 0 || PatternCount == 0)
        {
            return [];
        }

        var keys = new string[words.Count][];
        for (var i = 0; i < words.Count; i++)
        {
            keys[i] = TextKeys(text.AsSpan(words[i].Start, words[i].Length));
        }

        var matches = new List<TermMatch>();
        var active = new List<TrieNode>();
        var next = new List<TrieNode>();
        var emitted = new HashSet<TermPattern>(ReferenceEqualityComparer.Instance);
        for (var first = 0; first < words.Count; first++)
        {
            active.Clear();
            active.Add(_root);
            for (var last = first; last < words.Count && active.Count > 0; last++)
            {
                Advance(active, keys[last], next);
                emitted.Clear();
                foreach (var node in next)
                {
                    if (node.Patterns is null)
                    {
                        continue;
                    }

                    foreach (var pattern in node.Patterns)
                    {
                        if (emitted.Add(pattern))
                        {
                            matches.Add(Occurrence(pattern, text, words[first].Start, words[last].Start + words[last].Length));
                        }
                    }
                }

                (active, next) = (next, active);
            }
        }

        matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Pattern.EntryIndex.CompareTo(b.Pattern.EntryIndex));
        return matches;
    }

    /// <summary>The occurrence from the first word to the last, widened to quotes or brackets the term itself has at its edges ("КП «Міськелектротранс»").</summary>
    private TermMatch Occurrence(TermPattern pattern, string text, int start, int end)
    {
        if (_edges.TryGetValue(pattern, out var edges))
        {
            if (edges.Leading.Length > 0 && text.AsSpan(0, start).EndsWith(edges.Leading, StringComparison.Ordinal))
            {
                start -= edges.Leading.Length;
            }

            if (edges.Trailing.Length > 0 && text.AsSpan(end).StartsWith(edges.Trailing, StringComparison.Ordinal))
            {
                end += edges.Trailing.Length;
            }
        }

        return new TermMatch(pattern, start, end - start);
    }

    private static void Advance(List<TrieNode> active, string[] wordKeys, List<TrieNode> next)
    {
        next.Clear();
        foreach (var node in active)
        {
            if (node.Children is null)
            {
                continue;
            }

            foreach (var key in wordKeys)
            {
                if (node.Children.TryGetValue(key, out var child) && !next.Contains(child))
                {
                    next.Add(child);
                }
            }
        }
    }

    private void Add(TermPattern pattern)
    {
        var words = TermTokenizer.Words(pattern.Text);
        if (words.Count == 0)
        {
            return;
        }

        var leading = pattern.Text[..words[0].Start].Trim();
        var trailing = pattern.Text[(words[^1].Start + words[^1].Length)..].Trim();
        if (leading.Length > 0 || trailing.Length > 0)
        {
            _edges[pattern] = (leading, trailing);
        }

        var paths = new List<List<string>> { new() };
        foreach (var (start, length) in words)
        {
            var word = pattern.Text.Substring(start, length);
            var stems = _stemmer.Stems(TermFolding.Fold(word));
            var acronym = TermTokenizer.IsAcronym(word);
            paths = [.. paths.SelectMany(path => stems.Select(stem => (List<string>)[.. path, acronym ? AcronymMark + stem : stem])).Take(MaxPathsPerTerm)];
        }

        foreach (var path in paths)
        {
            var node = _root;
            foreach (var key in path)
            {
                node.Children ??= new Dictionary<string, TrieNode>(StringComparer.Ordinal);
                if (!node.Children.TryGetValue(key, out var child))
                {
                    child = new TrieNode();
                    node.Children.Add(key, child);
                }

                node = child;
            }

            node.Patterns ??= [];
            if (!node.Patterns.Contains(pattern))
            {
                node.Patterns.Add(pattern);
            }
        }

        PatternCount++;
    }

    /// <summary>The trie keys a word of the text may take: its stems, and for an acronym its acronym keys too.</summary>
    private string[] TextKeys(ReadOnlySpan<char> span)
    {
        if (_wordKeys.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span, out var cached))
        {
            return cached;
        }

        var word = span.ToString();
        var stems = _stemmer.Stems(TermFolding.Fold(word));
        string[] keys = TermTokenizer.IsAcronym(word) ? [.. stems, .. stems.Select(s => AcronymMark + s)] : [.. stems];
        if (_wordKeys.Count >= MaxCachedWords)
        {
            _wordKeys.Clear();
        }

        _wordKeys.TryAdd(word, keys);
        return keys;
    }

    private sealed class TrieNode
    {
        public Dictionary<string, TrieNode>? Children { get; set; }

        public List<TermPattern>? Patterns { get; set; }
    }
}
