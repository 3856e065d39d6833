using System.Globalization;
using DiffPlex;

namespace TranslationReview.Core.Diffing;

/// <summary>Feeds DiffPlex the project's own tokens: words for the word diff, graphemes for the character detail.</summary>
internal sealed class TokenChunker : IChunker
{
    private readonly bool _graphemes;

    private TokenChunker(bool graphemes) => _graphemes = graphemes;

    public static TokenChunker Words { get; } = new(graphemes: false);

    public static TokenChunker Graphemes { get; } = new(graphemes: true);

    public IReadOnlyList<string> Chunk(string str)
    {
        var pieces = new List<string>(str.Length / (_graphemes ? 1 : 3) + 1);
        var position = 0;
        while (position < str.Length)
        {
            // A letter with its combining accents is one unit, so "й" never diffs as "и" plus a stray mark.
            var end = _graphemes
                ? position + StringInfo.GetNextTextElementLength(str, position)
                : WordTokenizer.NextToken(str, position).End;
            pieces.Add(str[position..end]);
            position = end;
        }

        return pieces;
    }
}
