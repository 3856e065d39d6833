using DiffPlex;
using DiffPlex.Model;

namespace TranslationReview.Core.Diffing;

/// <summary>
/// The word differ of the workbench: a Myers diff (DiffPlex) over <see cref="WordTokenizer"/> tokens, with a
/// character diff over graphemes for each replaced word or short run of up to <see cref="MaxDetailWords"/> words
/// on either side that keeps more than <see cref="MinDetailSimilarity"/> of its characters (a misspelling or another
/// transliteration; an unrelated word in its place is a plain word replacement). Deterministic, allocation-light and safe to share between threads.
/// </summary>
public sealed class TextDiffer : ITextDiffer
{
    /// <summary>The longest replacement, in words and punctuation marks per side, that gets character detail.</summary>
    public const int MaxDetailWords = 3;

    /// <summary>The character-level Dice similarity a replacement must exceed to get character detail.</summary>
    public const double MinDetailSimilarity = 0.5;

    private readonly bool _characterDetail;

    /// <summary>Creates a differ.</summary>
    /// <param name="characterDetail">False to skip the character diff of replacements (faster, word level only).</param>
    public TextDiffer(bool characterDetail = true) => _characterDetail = characterDetail;

    /// <summary>A shared differ with character detail.</summary>
    public static TextDiffer Default { get; } = new();

    /// <inheritdoc />
    public TextDiff Diff(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            var count = CountTokens(WordTokenizer.Tokenize(oldText).Select(t => t.Text));
            return new TextDiff(oldText.Length == 0 ? [] : [new DiffSpan(DiffOperation.Equal, oldText, 0, 0)], count, count, count);
        }

        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, TokenChunker.Words);
        var builder = new SpanBuilder(oldText, newText, result);
        foreach (var block in result.DiffBlocks)
        {
            builder.EqualUntil(block.DeleteStartA);
            var deleted = builder.Take(result.PiecesOld, block.DeleteCountA, old: true);
            var inserted = builder.Take(result.PiecesNew, block.InsertCountB, old: false);
            IReadOnlyList<DiffSpan>? detail = null;
            if (_characterDetail && deleted.Words is > 0 and <= MaxDetailWords && inserted.Words is > 0 and <= MaxDetailWords)
            {
                detail = CharacterDiff(deleted.Span!, inserted.Span!);
            }

            builder.Add(deleted.Span);
            builder.Add(inserted.Span is null ? null : inserted.Span with { CharacterDetail = detail });
        }

        builder.EqualUntil(result.PiecesOld.Count);
        return builder.Build(CountTokens(result.PiecesOld), CountTokens(result.PiecesNew));
    }

    private static List<DiffSpan>? CharacterDiff(DiffSpan deleted, DiffSpan inserted)
    {
        var result = Differ.Instance.CreateDiffs(deleted.Text, inserted.Text, ignoreWhiteSpace: false, ignoreCase: false, TokenChunker.Graphemes);
        var builder = new SpanBuilder(deleted.Text, inserted.Text, result, deleted.OldStart, inserted.NewStart);
        foreach (var block in result.DiffBlocks)
        {
            builder.EqualUntil(block.DeleteStartA);
            builder.Add(builder.Take(result.PiecesOld, block.DeleteCountA, old: true).Span);
            builder.Add(builder.Take(result.PiecesNew, block.InsertCountB, old: false).Span);
        }

        builder.EqualUntil(result.PiecesOld.Count);
        var kept = builder.Spans.Where(s => s.Kind == DiffOperation.Equal).Sum(s => s.Text.Length);
        return 2.0 * kept / (deleted.Text.Length + inserted.Text.Length) > MinDetailSimilarity ? builder.Spans : null;
    }

    private static int CountTokens(IEnumerable<string> pieces) => pieces.Count(p => !IsWhitespace(p));

    private static bool IsWhitespace(string piece) => piece.Length > 0 && char.IsWhiteSpace(piece[0]);

    /// <summary>Walks both piece lists once, turning DiffPlex's blocks into spans with offsets in the texts.</summary>
    private sealed class SpanBuilder(string oldText, string newText, DiffResult result, int oldBase = 0, int newBase = 0)
    {
        private int _oldIndex;
        private int _newIndex;
        private int _oldOffset;
        private int _newOffset;
        private int _shared;

        public List<DiffSpan> Spans { get; } = [];

        public void EqualUntil(int oldIndex)
        {
            var length = 0;
            for (var i = _oldIndex; i < oldIndex; i++)
            {
                length += result.PiecesOld[i].Length;
                _shared += IsWhitespace(result.PiecesOld[i]) ? 0 : 1;
            }

            if (length > 0)
            {
                Spans.Add(new DiffSpan(DiffOperation.Equal, oldText.Substring(_oldOffset, length), oldBase + _oldOffset, newBase + _newOffset));
            }

            _newIndex += oldIndex - _oldIndex;
            _oldIndex = oldIndex;
            _oldOffset += length;
            _newOffset += length;
        }

        public (DiffSpan? Span, int Words) Take(IReadOnlyList<string> pieces, int count, bool old)
        {
            var start = old ? _oldIndex : _newIndex;
            var length = 0;
            var words = 0;
            for (var i = start; i < start + count; i++)
            {
                length += pieces[i].Length;
                words += IsWhitespace(pieces[i]) ? 0 : 1;
            }

            if (count == 0)
            {
                return (null, 0);
            }

            DiffSpan span;
            if (old)
            {
                span = new DiffSpan(DiffOperation.Delete, oldText.Substring(_oldOffset, length), oldBase + _oldOffset, newBase + _newOffset);
                _oldIndex += count;
                _oldOffset += length;
            }
            else
            {
                span = new DiffSpan(DiffOperation.Insert, newText.Substring(_newOffset, length), oldBase + _oldOffset, newBase + _newOffset);
                _newIndex += count;
                _newOffset += length;
            }

            return (span, words);
        }

        public void Add(DiffSpan? span)
        {
            if (span is not null)
            {
                Spans.Add(span);
            }
        }

        public TextDiff Build(int oldTokens, int newTokens) => new(Spans, oldTokens, newTokens, _shared);
    }
}
