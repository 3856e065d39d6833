using TranslationReview.Core.Terminology;

namespace TranslationReview.Core.Names;

/// <summary>
/// What the project glossary says about names: the glossary overrides every name check, so a name whose source term is
/// in the glossary, or whose rendering is an accepted glossary rendering of it, is never reported by them.
/// </summary>
internal sealed class GlossaryNames
{
    private readonly List<(HashSet<string> SourceKeys, string[] TargetWords)> _entries = [];

    private GlossaryNames()
    {
    }

    /// <summary>The name view of a glossary; an empty one when there is no glossary.</summary>
    public static GlossaryNames Of(Glossary? glossary)
    {
        var names = new GlossaryNames();
        foreach (var entry in glossary?.Entries ?? [])
        {
            var targetWords = entry.TargetTerms.SelectMany(t => t.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)).ToArray();
            foreach (var term in entry.SourceSynonyms.Prepend(entry.SourceTerm))
            {
                var keys = term.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(NameKeys.Key).ToHashSet(StringComparer.Ordinal);
                names._entries.Add((keys, targetWords));
            }
        }

        return names;
    }

    /// <summary>
    /// True when the glossary speaks for this name: an entry's source term is the name (or contains it, or is contained
    /// in it), or an entry whose source term has the word lists the target word among its accepted renderings.
    /// </summary>
    public bool Covers(SourceName name, SourceNameWord word, string targetWord)
    {
        var nameKeys = name.Words.Select(w => w.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (sourceKeys, targetWords) in _entries)
        {
            if (sourceKeys.Count > 0 && (sourceKeys.IsSubsetOf(nameKeys) || nameKeys.IsSubsetOf(sourceKeys)))
            {
                return true;
            }

            if (sourceKeys.Contains(word.Key) && targetWords.Any(t => string.Equals(t, targetWord, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
