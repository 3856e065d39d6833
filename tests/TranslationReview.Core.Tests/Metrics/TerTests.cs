using TranslationReview.Core.Metrics;

namespace TranslationReview.Core.Tests.Metrics;

public class TerTests
{
    private const double Tolerance = 0.01;

    // sacreBLEU test/test_ter.py: TER().corpus_score, expected as a fraction there, × 100 here.
    [Theory]
    [InlineData(new[] { "aaaa bbbb cccc dddd" }, new[] { "aaaa bbbb cccc dddd" }, 0.0)]
    [InlineData(new[] { "dddd eeee ffff" }, new[] { "aaaa bbbb cccc" }, 100.0)]
    [InlineData(new[] { "" }, new[] { "a" }, 100.0)]
    [InlineData(new[] { "d e f g h a b c" }, new[] { "a b c d e f g h" }, 12.5)]
    public void Score_SacreBleuCases_Match(string[] hypotheses, string[] references, double expected)
    {
        Assert.Equal(expected, new Ter().Score(hypotheses, references).Corpus, Tolerance);
    }

    [Fact]
    public void Score_SacreBleuWmtDevExample_Matches13Point6()
    {
        // The realistic WMT 2019 dev example of sacreBLEU's test_ter.py (expected 0.136).
        string[] hypotheses =
        [
            "wählen Sie \" Bild neu berechnen , \" um beim Ändern der Bildgröße Pixel hinzuzufügen oder zu entfernen , damit das Bild ungefähr dieselbe Größe aufweist wie die andere Größe .",
            "wenn Sie alle Aufgaben im aktuellen Dokument aktualisieren möchten , wählen Sie im Menü des Aufgabenbedienfelds die Option \" Alle Aufgaben aktualisieren . \"",
            "klicken Sie auf der Registerkarte \" Optionen \" auf die Schaltfläche \" Benutzerdefiniert \" und geben Sie Werte für \" Fehlerkorrektur-Level \" und \" Y / X-Verhältnis \" ein .",
            "Sie können beispielsweise ein Dokument erstellen , das ein Auto über die Bühne enthält .",
            "wählen Sie im Dialogfeld \" Neu aus Vorlage \" eine Vorlage aus und klicken Sie auf \" Neu . \"",
        ];
        string[] references =
        [
            "wählen Sie \" Bild neu berechnen , \" um beim Ändern der Bildgröße Pixel hinzuzufügen oder zu entfernen , damit die Darstellung des Bildes in einer anderen Größe beibehalten wird .",
            "wenn Sie alle Aufgaben im aktuellen Dokument aktualisieren möchten , wählen Sie im Menü des Aufgabenbedienfelds die Option \" Alle Aufgaben aktualisieren . \"",
            "klicken Sie auf der Registerkarte \" Optionen \" auf die Schaltfläche \" Benutzerdefiniert \" und geben Sie für \" Fehlerkorrektur-Level \" und \" Y / X-Verhältnis \" niedrigere Werte ein .",
            "Sie können beispielsweise ein Dokument erstellen , das ein Auto enthalt , das sich über die Bühne bewegt .",
            "wählen Sie im Dialogfeld \" Neu aus Vorlage \" eine Vorlage aus und klicken Sie auf \" Neu . \"",
        ];

        var score = new Ter().Score(hypotheses, references);

        Assert.Equal(13.6, score.Corpus, 0.001);
        Assert.Equal(0.0, score.Segments[1]);
        Assert.Equal(0.0, score.Segments[4]);
    }

    // Hand-checked: edits / reference words × 100.
    [Theory]
    [InlineData("Vladimir Zelensky signed", "Volodymyr Zelensky signed", 33.33)] // one substitution in three words
    [InlineData("Volodymyr Zelensky signed the law", "volodymyr zelensky SIGNED the law", 0.0)] // case-insensitive by default
    [InlineData("Zelensky signed the law .", "Zelensky signed the law", 25.0)] // punctuation kept: one deletion
    [InlineData("signed the law Zelensky", "Zelensky signed the law", 25.0)] // one shift, not a deletion plus an insertion
    [InlineData("the law", "Zelensky signed the law", 50.0)] // two insertions in four words
    [InlineData("", "", 0.0)]
    [InlineData("Kyiv", "", 100.0)]
    public void SentenceScore_HandCheckedValues(string hypothesis, string reference, double expected)
    {
        Assert.Equal(expected, new Ter().SentenceScore(hypothesis, reference), Tolerance);
    }

    [Fact]
    public void SentenceScore_CaseSensitiveOption_CountsCaseChanges()
    {
        Assert.Equal(50.0, new Ter { CaseSensitive = true }.SentenceScore("KYIV city", "Kyiv city"), Tolerance);
    }

    [Fact]
    public void Score_Corpus_IsTotalEditsOverTotalReferenceWords()
    {
        var score = new Ter().Score(["Vladimir Zelensky signed", "the law was adopted"], ["Volodymyr Zelensky signed", "the law was adopted"]);

        Assert.Equal([33.33, 0.0], score.Segments.Select(s => Math.Round(s, 2)));
        Assert.Equal(100.0 / 7, score.Corpus, Tolerance);
    }

    [Fact]
    public void Statistics_BlockShift_CountsOneEditForTheWholeBlock()
    {
        var (edits, length) = new Ter().Statistics(
            "on Monday the president signed the law in Kyiv", "the president signed the law in Kyiv on Monday");

        Assert.Equal((1, 9), (edits, length));
    }

    [Fact]
    public void Statistics_VeryDifferentLengths_StaysInsideTheWidenedBeam()
    {
        var longText = string.Join(' ', Enumerable.Range(0, 120).Select(i => i == 60 ? "Kyiv" : "word" + i));

        Assert.Equal((119, 120), new Ter().Statistics("Kyiv", longText));
        Assert.Equal((119, 1), new Ter().Statistics(longText, "Kyiv"));
    }
}
