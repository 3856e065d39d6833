namespace TranslationReview.Core.Alignment;

/// <summary>
/// The words and numbers of one document pair, each spelling numbered once for both sides, so that the
/// aligner compares and counts integers instead of strings; a word's cognate key is folded only once.
/// </summary>
internal sealed class DocumentWords
{
    private const int NotFolded = -1;
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> spellings;
    private readonly List<string> words = [];
    private readonly List<int> keys = [];
    private readonly Dictionary<string, int> keyIds = new(StringComparer.Ordinal);

    public DocumentWords()
    {
        spellings = ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => words.Count;

    public string this[int id] => words[id];

    /// <summary>The id of a spelling, numbered on first sight; the string is allocated only then.</summary>
    public int Intern(ReadOnlySpan<char> spelling)
    {
        if (!spellings.TryGetValue(spelling, out var id))
        {
            id = words.Count;
            var word = spelling.ToString();
            ids.Add(word, id);
            words.Add(word);
            keys.Add(NotFolded);
        }

        return id;
    }

    /// <summary>The id of the word's <see cref="LatinFolding.SkeletonKey"/>; words with one key share it.</summary>
    public int KeyOf(int word)
    {
        if (keys[word] == NotFolded)
        {
            var key = LatinFolding.SkeletonKey(words[word]);
            if (!keyIds.TryGetValue(key, out var id))
            {
                id = keyIds.Count;
                keyIds.Add(key, id);
            }

            keys[word] = id;
        }

        return keys[word];
    }
}
