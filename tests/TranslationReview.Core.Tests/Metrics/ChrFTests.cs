using TranslationReview.Core.Metrics;

namespace TranslationReview.Core.Tests.Metrics;

public class ChrFTests
{
    private const double Tolerance = 0.01;

    // sacreBLEU test/test_chrf.py, test_cases_effective_order: corpus_chrf(char_order=6, word_order=0, beta=3, eps_smoothing=False).
    [Theory]
    [InlineData(new[] { "a" }, new[] { "a" }, 100.0)]
    [InlineData(new[] { "" }, new[] { "reference" }, 0.0)]
    [InlineData(new[] { "a b c" }, new[] { "a b c" }, 100.0)]
    [InlineData(new[] { "a b c" }, new[] { "abc" }, 100.0)]
    [InlineData(new[] { "" }, new[] { "c" }, 0.0)]
    [InlineData(new[] { "a", "b" }, new[] { "a", "c" }, 50.0)]
    [InlineData(new[] { "aa" }, new[] { "ab" }, 25.0)]
    public void Score_SacreBleuEffectiveOrderCases_Match(string[] hypotheses, string[] references, double expected)
    {
        var score = new ChrF { Beta = 3 }.Score(hypotheses, references);

        Assert.Equal(expected, score.Corpus, Tolerance);
    }

    // sacreBLEU test/test_chrf.py, test_cases: corpus_chrf(char_order=6, word_order=0, beta=3, eps_smoothing=True).
    [Theory]
    [InlineData(new[] { "abcdefg" }, new[] { "hijklmnop" }, 0.0)]
    [InlineData(new[] { "a" }, new[] { "b" }, 0.0)]
    [InlineData(new[] { "" }, new[] { "b" }, 0.0)]
    [InlineData(new[] { "" }, new[] { "ref" }, 0.0)]
    [InlineData(new[] { "" }, new[] { "reference" }, 0.0)]
    [InlineData(new[] { "aa" }, new[] { "ab" }, 8.3333)]
    [InlineData(new[] { "a", "b" }, new[] { "a", "c" }, 8.3333)]
    [InlineData(new[] { "a" }, new[] { "a" }, 16.6667)]
    [InlineData(new[] { "a b c" }, new[] { "a b c" }, 50.0)]
    [InlineData(new[] { "a b c" }, new[] { "abc" }, 50.0)]
    [InlineData(
        new[] { " risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists ." },
        new[] { "risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists ." },
        63.361730)]
    [InlineData(
        new[] { " Die    Beziehung zwischen  Obama und Netanjahu ist nicht gerade  freundlich. " },
        new[] { "Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich." },
        64.1302698)]
    [InlineData(
        new[] { "Niemand hat die Absicht, eine Mauer zu errichten" },
        new[] { "Niemand hat die Absicht, eine Mauer zu errichten" },
        100.0)]
    public void Score_SacreBleuEpsilonSmoothingCases_Match(string[] hypotheses, string[] references, double expected)
    {
        var score = new ChrF { Beta = 3, EpsilonSmoothing = true }.Score(hypotheses, references);

        Assert.Equal(expected, score.Corpus, Tolerance);
    }

    // sacreBLEU test/test_chrf.py, test_cases_keep_whitespace: beta=3, remove_whitespace=False.
    [Theory]
    [InlineData(
        "Die Beziehung zwischen Obama und Netanjahu ist nicht gerade freundlich.",
        "Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich.",
        67.3481606)]
    [InlineData(
        "risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists .",
        "risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists .",
        65.2414427)]
    public void Score_SacreBleuKeepWhitespaceCases_Match(string hypothesis, string reference, double expected)
    {
        var score = new ChrF { Beta = 3, RemoveWhitespace = false }.Score([hypothesis], [reference]);

        Assert.Equal(expected, score.Corpus, Tolerance);
    }

    // sacreBLEU test/test_chrf.py, test_sentence_level_chrf: sentence_chrf(eps_smoothing=True), default beta 2.
    [Theory]
    [InlineData(
        "Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře.",
        "Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře.",
        39.14078509)]
    [InlineData(
        "Nebo prostě nemají vybavení, které by jim pomohlo, uvedli lékaři.",
        "A někdy nemáme ani potřebný materiál, abychom jim pomohli, popsali lékaři.",
        31.22557079)]
    [InlineData(
        "Lapali po dechu, jejich životy skončily dřív, než skutečně začaly.",
        "Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít, připomněli.",
        57.15704367)]
    public void SentenceScore_SacreBleuSentenceCases_Match(string hypothesis, string reference, double expected)
    {
        var score = new ChrF { EpsilonSmoothing = true }.SentenceScore(hypothesis, reference);

        Assert.Equal(expected, score, Tolerance);
    }

    // Defaults (beta 2, effective-order averaging), checked by hand:
    // "aa"/"ab": unigrams p = r = 1/2, bigrams p = r = 0 -> averages 1/4 -> F = 25.
    // "ab"/"abc": unigrams p = 1, r = 2/3; bigrams p = 1, r = 1/2; no hypothesis trigrams, so that order is skipped -> p = 1, r = 7/12,
    // F2 = 5 * 7/12 / (4 + 7/12) = 63.64.
    [Theory]
    [InlineData("aa", "ab", 25.0)]
    [InlineData("ab", "abc", 63.64)]
    [InlineData("Volodymyr Zelensky signed the law.", "Volodymyr Zelensky signed the law.", 100.0)]
    [InlineData("Volodymyr Zelensky signed the law.", "Volodymyr  Zelensky\tsigned the\u00A0law.", 100.0)]
    [InlineData("Kyiv", "Lemberg", 0.0)]
    [InlineData("", "", 0.0)]
    public void SentenceScore_DefaultSettings_HandCheckedValues(string hypothesis, string reference, double expected)
    {
        Assert.Equal(expected, new ChrF().SentenceScore(hypothesis, reference), Tolerance);
    }

    [Fact]
    public void SentenceScore_TransliterationVariant_HighButBelowIdentical()
    {
        var chrf = new ChrF();

        var variant = chrf.SentenceScore("Vladimir Zelensky signed", "Volodymyr Zelensky signed");
        var unrelated = chrf.SentenceScore("The parliament adopted the budget", "Volodymyr Zelensky signed");

        Assert.InRange(variant, 60, 95);
        Assert.True(unrelated < variant / 2, $"unrelated {unrelated} vs variant {variant}");
    }

    [Fact]
    public void SentenceScore_CaseDiffers_LowersTheScore()
    {
        Assert.True(new ChrF().SentenceScore("KYIV", "Kyiv") < 50);
    }

    [Fact]
    public void SentenceScore_AstralCharacters_CountAsOneCharacterEach()
    {
        // One emoji is one code point: the unigram matches and there are no longer n-grams -> 100, as in Python.
        Assert.Equal(100.0, new ChrF().SentenceScore("😀", "😀"), Tolerance);
        Assert.Equal(25.0, new ChrF().SentenceScore("😀😀", "😀😁"), Tolerance);
    }

    [Fact]
    public void Score_Corpus_SumsStatisticsInsteadOfAveragingSegments()
    {
        var score = new ChrF().Score(["a", "Volodymyr Zelensky signed the law."], ["b", "Volodymyr Zelensky signed the law."]);

        Assert.Equal([0.0, 100.0], score.Segments);
        Assert.True(score.Corpus > 90, $"corpus {score.Corpus}: the one-letter miss must weigh little");
    }

    [Fact]
    public void Score_DifferentCounts_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new ChrF().Score(["a", "b"], ["a"]));

        Assert.Contains("2 hypotheses but 1 references", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void CharOrder_OutsideOneToSix_Throws(int order)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChrF { CharOrder = order });
    }

    [Fact]
    public void SentenceScore_LowerCharOrder_CountsOnlyThoseOrders()
    {
        // Unigrams only: "Kiev" and "Kyiv" share K, i, v of four letters each -> p = r = 3/4.
        Assert.Equal(75.0, new ChrF { CharOrder = 1 }.SentenceScore("Kiev", "Kyiv"), Tolerance);
    }
}
