namespace TranslationReview.Core.Terminology;

/// <summary>One node of a <see cref="TermMatcher"/>'s trie: a sequence of word keys, the terms that end here, and the next words.</summary>
internal sealed class TermTrieNode
{
    private Dictionary<string, TermTrieNode>? _children;
    private List<TermPattern>? _patterns;

    /// <summary>The terms whose key path ends at this node, or null.</summary>
    public IReadOnlyList<TermPattern>? Patterns => _patterns;

    /// <summary>Adds <paramref name="pattern"/> under the key path starting at this node.</summary>
    public void Insert(IEnumerable<string> path, TermPattern pattern)
    {
        var node = this;
        foreach (var key in path)
        {
            node._children ??= new Dictionary<string, TermTrieNode>(StringComparer.Ordinal);
            if (!node._children.TryGetValue(key, out var child))
            {
                child = new TermTrieNode();
                node._children.Add(key, child);
            }

            node = child;
        }

        node._patterns ??= [];
        if (!node._patterns.Contains(pattern))
        {
            node._patterns.Add(pattern);
        }
    }

    /// <summary>The nodes reached from <paramref name="active"/> by any of one word's keys, each once, into <paramref name="next"/>.</summary>
    public static void Advance(List<TermTrieNode> active, string[] wordKeys, List<TermTrieNode> next)
    {
        next.Clear();
        foreach (var node in active)
        {
            if (node._children is null)
            {
                continue;
            }

            foreach (var key in wordKeys)
            {
                if (node._children.TryGetValue(key, out var child) && !next.Contains(child))
                {
                    next.Add(child);
                }
            }
        }
    }
}
