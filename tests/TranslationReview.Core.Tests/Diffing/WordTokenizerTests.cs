using TranslationReview.Core.Diffing;

namespace TranslationReview.Core.Tests.Diffing;

public class WordTokenizerTests
{
    [Theory]
    [InlineData("Пам'ять про загиблих.", "Пам'ять|про|загиблих|.")]
    [InlineData("Памʼять про загиблих.", "Памʼять|про|загиблих|.")]
    [InlineData("Пам’ять про загиблих.", "Пам’ять|про|загиблих|.")]
    [InlineData("Die Straße in Köln ist gesperrt.", "Die|Straße|in|Köln|ist|gesperrt|.")]
    [InlineData("Il est arrivé à l'Élysée hier.", "Il|est|arrivé|à|l'Élysée|hier|.")]
    [InlineData("Referendum vom 30.09.2022, 1,250 Stimmen.", "Referendum|vom|30.09.2022|,|1,250|Stimmen|.")]
    [InlineData("Он сказал: «Мир».", "Он|сказал|:|«|Мир|»|.")]
    [InlineData("Don’t stop—“now”!", "Don’t|stop|—|“|now|”|!")]
    [InlineData("'quoted' words' end", "'|quoted|'|words|'|end")]
    [InlineData("Ivano-Frankivsk (UA)", "Ivano|-|Frankivsk|(|UA|)")]
    [InlineData("Version 2.5. Done", "Version|2.5|.|Done")]
    [InlineData("Зеленский-младший… 3%", "Зеленский|-|младший|…|3|%")]
    [InlineData("東京都に行く", "東|京|都|に|行|く")]
    public void Tokenize_Sentence_SplitsIntoWordsAndPunctuation(string text, string expected)
    {
        var words = WordTokenizer.Tokenize(text).Where(t => t.Kind != TextTokenKind.Whitespace).Select(t => t.Text);

        Assert.Equal(expected.Split('|'), words);
    }

    [Theory]
    [InlineData("Йенс Столтенберг выступил.")]
    [InlineData("  two  spaces\tand a tab\r\nand lines \n")]
    [InlineData("Combining: Й (И + U+0306) e\u0301 and emoji 👍🏽 done")]
    [InlineData("")]
    [InlineData("«»—!?")]
    public void Tokenize_AnyText_ConcatenatesBackWithMatchingOffsets(string text)
    {
        var tokens = WordTokenizer.Tokenize(text);

        Assert.Equal(text, string.Concat(tokens.Select(t => t.Text)));
        var position = 0;
        foreach (var token in tokens)
        {
            Assert.Equal(position, token.Start);
            Assert.Equal(text.Substring(token.Start, token.Text.Length), token.Text);
            position = token.End;
        }
    }

    [Fact]
    public void Tokenize_WhitespaceRun_IsOneToken()
    {
        var tokens = WordTokenizer.Tokenize("Kyiv \t\n Kharkiv");

        Assert.Equal([TextTokenKind.Word, TextTokenKind.Whitespace, TextTokenKind.Word], tokens.Select(t => t.Kind));
        Assert.Equal(" \t\n ", tokens[1].Text);
    }

    [Fact]
    public void Tokenize_DecomposedAccent_StaysInsideTheWord()
    {
        var tokens = WordTokenizer.Tokenize("Cafe\u0301 Йи\u0306");

        Assert.Equal(["Cafe\u0301", " ", "Йи\u0306"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Tokenize_Punctuation_EachMarkOnItsOwn()
    {
        var tokens = WordTokenizer.Tokenize("?!...");

        Assert.Equal(["?", "!", ".", ".", "."], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.Equal(TextTokenKind.Punctuation, t.Kind));
    }
}
