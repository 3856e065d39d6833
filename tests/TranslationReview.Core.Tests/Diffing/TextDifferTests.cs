using TranslationReview.Core.Diffing;

namespace TranslationReview.Core.Tests.Diffing;

public class TextDifferTests
{
    private static readonly TextDiffer Differ = TextDiffer.Default;

    [Fact]
    public void Diff_MisspelledSurname_OneInsertedLetter()
    {
        var diff = Differ.Diff("Annalena Berbock visited Kyiv.", "Annalena Baerbock visited Kyiv.");

        Assert.Equal(
            [(DiffOperation.Equal, "Annalena "), (DiffOperation.Delete, "Berbock"), (DiffOperation.Insert, "Baerbock"), (DiffOperation.Equal, " visited Kyiv.")],
            diff.Spans.Select(s => (s.Kind, s.Text)));
        var detail = diff.Spans[2].CharacterDetail!;
        Assert.Equal([(DiffOperation.Equal, "B"), (DiffOperation.Insert, "a"), (DiffOperation.Equal, "erbock")], detail.Select(s => (s.Kind, s.Text)));
        Assert.Equal(10, detail[1].NewStart);
        Assert.Equal("a", "Annalena Baerbock visited Kyiv."[10..11]);
        Assert.Null(diff.Spans[1].CharacterDetail);
    }

    [Fact]
    public void Diff_TransliteratedFirstName_ShowsChangedLetters()
    {
        var diff = Differ.Diff("President Vladimir Zelensky said", "President Volodymyr Zelensky said");

        var insert = Assert.Single(diff.Spans, s => s.Kind == DiffOperation.Insert);
        Assert.Equal("Volodymyr", insert.Text);
        Assert.Equal("Vladimir", Assert.Single(diff.Spans, s => s.Kind == DiffOperation.Delete).Text);
        var detail = insert.CharacterDetail!;
        Assert.Equal("Vladimir", string.Concat(detail.Where(s => s.Kind != DiffOperation.Insert).Select(s => s.Text)));
        Assert.Equal("Volodymyr", string.Concat(detail.Where(s => s.Kind != DiffOperation.Delete).Select(s => s.Text)));
        Assert.Equal("Vldmr", string.Concat(detail.Where(s => s.Kind == DiffOperation.Equal).Select(s => s.Text)));
    }

    [Fact]
    public void Diff_KievToKyiv_CharacterDetailKeepsKIV()
    {
        var diff = Differ.Diff("The talks in Kiev ended.", "The talks in Kyiv ended.");

        var detail = Assert.Single(diff.Spans, s => s.Kind == DiffOperation.Insert).CharacterDetail!;
        Assert.Equal("Kiv", string.Concat(detail.Where(s => s.Kind == DiffOperation.Equal).Select(s => s.Text)));
        Assert.Equal(10.0 / 12, diff.Similarity, 3); // 5 of 6 words and marks kept on each side
    }

    [Fact]
    public void Diff_InsertedWord_OnlyTheWordAndItsSpaceAreInserted()
    {
        var diff = Differ.Diff("Вчера министр выступил.", "Вчера министр обороны выступил.");

        Assert.Equal(
            [(DiffOperation.Equal, "Вчера министр "), (DiffOperation.Insert, "обороны "), (DiffOperation.Equal, "выступил.")],
            diff.Spans.Select(s => (s.Kind, s.Text)));
        Assert.Null(diff.Spans[1].CharacterDetail);
        Assert.Equal(14, diff.Spans[1].OldStart);
    }

    [Fact]
    public void Diff_DeletedWord_IsOneDeletion()
    {
        var diff = Differ.Diff("Le président français a parlé.", "Le président a parlé.");

        var deleted = Assert.Single(diff.Spans, s => s.Kind != DiffOperation.Equal);
        Assert.Equal(DiffOperation.Delete, deleted.Kind);
        Assert.Equal("français ", deleted.Text);
        Assert.Equal(13, deleted.OldStart);
    }

    [Fact]
    public void Diff_IdenticalTexts_OneEqualSpanSimilarityOne()
    {
        var diff = Differ.Diff("Памʼять про загиблих.", "Памʼять про загиблих.");

        Assert.True(diff.IsIdentical);
        Assert.Equal((DiffOperation.Equal, "Памʼять про загиблих."), (diff.Spans.Single().Kind, diff.Spans.Single().Text));
        Assert.Equal(1.0, diff.Similarity);
    }

    [Theory]
    [InlineData("", "", 0, 1.0)]
    [InlineData("", "Neue Übersetzung.", 1, 0.0)]
    [InlineData("Alte Übersetzung.", "", 1, 0.0)]
    public void Diff_EmptySide_WholeTextInsertedOrDeleted(string oldText, string newText, int spans, double similarity)
    {
        var diff = Differ.Diff(oldText, newText);

        Assert.Equal(spans, diff.Spans.Count);
        Assert.Equal(similarity, diff.Similarity);
        Assert.All(diff.Spans, s => Assert.Null(s.CharacterDetail));
    }

    [Theory]
    [InlineData("Vladimir Zelensky met Jens Stoltenberg in Brussels on 30.09.2022.", "Volodymyr Zelenskyy met Stoltenberg in Brussels on 30 September.")]
    [InlineData("«Мир» — это слово.", "\"Мир\" - это слово!")]
    [InlineData("a b c d e f", "f e d c b a")]
    public void Diff_AnyPair_SpansRebuildBothTextsWithConsistentOffsets(string oldText, string newText)
    {
        var diff = Differ.Diff(oldText, newText);

        Assert.Equal(oldText, diff.OldText);
        Assert.Equal(newText, diff.NewText);
        foreach (var span in diff.Spans)
        {
            var (text, start) = span.Kind == DiffOperation.Insert ? (newText, span.NewStart) : (oldText, span.OldStart);
            Assert.Equal(span.Text, text.Substring(start, span.Text.Length));
            foreach (var letter in span.CharacterDetail ?? [])
            {
                var (side, at) = letter.Kind == DiffOperation.Insert ? (newText, letter.NewStart) : (oldText, letter.OldStart);
                Assert.Equal(letter.Text, side.Substring(at, letter.Text.Length));
            }
        }
    }

    [Fact]
    public void Diff_LongRewrite_NoCharacterDetail()
    {
        var diff = Differ.Diff("The minister said nothing at all.", "Yesterday evening the press office of the ministry declined to comment.");

        Assert.All(diff.Spans, s => Assert.Null(s.CharacterDetail));
    }

    [Fact]
    public void Diff_UnrelatedWordReplaced_NoCharacterDetail()
    {
        var diff = Differ.Diff("The talks ended.", "The negotiations ended.");

        Assert.Equal("negotiations", Assert.Single(diff.Spans, s => s.Kind == DiffOperation.Insert).Text);
        Assert.All(diff.Spans, s => Assert.Null(s.CharacterDetail));
    }

    [Fact]
    public void Diff_WithoutCharacterDetail_WordSpansOnly()
    {
        var diff = new TextDiffer(characterDetail: false).Diff("Berbock", "Baerbock");

        Assert.Equal([DiffOperation.Delete, DiffOperation.Insert], diff.Spans.Select(s => s.Kind));
        Assert.Null(diff.Spans[1].CharacterDetail);
    }

    [Fact]
    public void Diff_SamePairTwice_SameResult()
    {
        var first = Differ.Diff("Vladimir Zelensky met Jens Stoltenberg.", "Volodymyr Zelenskyy met Stoltenberg.");
        var second = Differ.Diff("Vladimir Zelensky met Jens Stoltenberg.", "Volodymyr Zelenskyy met Stoltenberg.");

        Assert.Equal(first.Spans.Select(s => (s.Kind, s.Text, s.OldStart, s.NewStart)), second.Spans.Select(s => (s.Kind, s.Text, s.OldStart, s.NewStart)));
    }
}
