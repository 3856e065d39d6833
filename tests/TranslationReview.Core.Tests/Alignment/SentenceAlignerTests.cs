using TranslationReview.Core.Alignment;

namespace TranslationReview.Core.Tests.Alignment;

public class SentenceAlignerTests
{
    private readonly SentenceAligner aligner = new();

    [Fact]
    public void Align_SentenceMissingFromTranslation_GivesOneToZeroBead()
    {
        string[] source =
        [
            "The expedition left Kathmandu on 12 March with forty porters.",
            "After ten days of marching the team reached the foot of the glacier.",
            "The weather was unusually mild for the season.",
            "Base camp was set up at 5,300 metres below the icefall.",
            "Two climbers went ahead to look for a route through the séracs.",
        ];
        string[] target =
        [
            "L'expédition quitta Katmandou le 12 mars avec quarante porteurs.",
            "Après dix jours de marche, l'équipe atteignit le pied du glacier.",
            "Le camp de base fut installé à 5300 mètres, au pied de la cascade de glace.",
            "Deux grimpeurs partirent en avant pour chercher un passage à travers les séracs.",
        ];

        var beads = aligner.Align(source, target, "en", "fr");

        Assert.Equal(["[0]:[0]", "[1]:[1]", "[2]:[]", "[3]:[2]", "[4]:[3]"], beads.Select(b => b.ToString()));
    }

    [Fact]
    public void Align_SentenceSplitInTranslation_GivesOneToTwoBead()
    {
        string[] source =
        [
            "Am 7. Juli erreichten sie das Lager 4.",
            "Der Aufstieg über den Grat dauerte sechs Stunden, und erst am Abend, als die Sonne schon hinter den Wolken verschwunden war, standen sie auf dem Gipfel des Broad Peak.",
            "Der Abstieg verlief ohne Zwischenfälle.",
        ];
        string[] target =
        [
            "Le 7 juillet, ils atteignirent le camp IV.",
            "La montée par l'arête dura six heures.",
            "Ce n'est que le soir, alors que le soleil avait déjà disparu derrière les nuages, qu'ils se tinrent au sommet du Broad Peak.",
            "La descente se déroula sans incident.",
        ];

        var beads = aligner.Align(source, target, "de", "fr");

        Assert.Equal(["[0]:[0]", "[1]:[1, 2]", "[2]:[3]"], beads.Select(b => b.ToString()));
    }

    [Fact]
    public void Align_NumbersInSentencesOfSimilarLength_AnchorTheRightPairs()
    {
        string[] source =
        [
            "Der Everest misst 8848 Meter.",
            "Der K2 misst 8611 Meter.",
            "Der Kangchenjunga misst 8586 Meter.",
            "Der Lhotse misst 8516 Meter.",
        ];

        // The translation leaves out the second mountain; only the figures say which.
        string[] target =
        [
            "L'Everest mesure 8848 mètres.",
            "Le Kangchenjunga mesure 8586 mètres.",
            "Le Lhotse mesure 8516 mètres.",
        ];

        var beads = aligner.Align(source, target, "de", "fr");

        Assert.Equal(["[0]:[0]", "[1]:[]", "[2]:[1]", "[3]:[2]"], beads.Select(b => b.ToString()));
    }

    [Fact]
    public void Align_CyrillicNamesAgainstLatinNames_AnchorRussianEnglishPair()
    {
        string[] source =
        [
            "Зеленский встретился с Макроном в Париже.",
            "Шольц прилетел в Берлин поздно вечером.",
            "Байден позвонил Трюдо из Вашингтона.",
            "Мелони выступила в Риме перед журналистами.",
        ];
        string[] target =
        [
            "Zelensky met Macron in Paris.",
            "Biden called Trudeau from Washington.",
            "Meloni spoke to reporters in Rome.",
        ];

        var beads = aligner.Align(source, target, "ru", "en");

        Assert.Equal(["[0]:[0]", "[1]:[]", "[2]:[1]", "[3]:[2]"], beads.Select(b => b.ToString()));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(3, 0)]
    [InlineData(0, 0)]
    public void Align_OneSideEmpty_LeavesEverySentenceUnmatchedWithFullConfidence(int sourceCount, int targetCount)
    {
        var source = Enumerable.Range(1, sourceCount).Select(i => $"Sentence {i} of the source.").ToArray();
        var target = Enumerable.Range(1, targetCount).Select(i => $"Phrase {i} de la cible.").ToArray();

        var beads = aligner.Align(source, target, "en", "fr");

        Assert.Equal(sourceCount + targetCount, beads.Count);
        Assert.All(beads, b => Assert.Equal(1, b.SourceIndices.Count + b.TargetIndices.Count));
        Assert.All(beads, b => Assert.Equal(1.0, b.Confidence));
        AssertCoversInOrder(beads, sourceCount, targetCount);
    }

    [Fact]
    public void Align_IdenticalDocuments_PairsEverySentenceWithItselfConfidently()
    {
        var text = DevSentences("dev.de").Take(60).ToArray();

        var beads = aligner.Align(text, text, "de", "de");

        Assert.Equal(Enumerable.Range(0, 60).Select(i => $"[{i}]:[{i}]"), beads.Select(b => b.ToString()));
        Assert.All(beads, b => Assert.True(b.Confidence > 0.9, $"{b} has confidence {b.Confidence}"));
    }

    [Fact]
    public void Align_ExtremelyLongSentence_IsAlignedLikeAnyOther()
    {
        var longGerman = string.Join(" ", Enumerable.Repeat("Der Weg führte weiter über Geröll und Schnee bis zum Sattel auf 6400 Metern", 400));
        var longFrench = string.Join(" ", Enumerable.Repeat("Le chemin continuait sur les éboulis et la neige jusqu'au col à 6400 mètres", 400));
        string[] source = ["Am Morgen brachen sie auf.", longGerman, "Am Abend kehrten sie zurück."];
        string[] target = ["Ils partirent le matin.", longFrench, "Ils revinrent le soir."];

        var beads = aligner.Align(source, target, "de", "fr");

        Assert.Equal(["[0]:[0]", "[1]:[1]", "[2]:[2]"], beads.Select(b => b.ToString()));
    }

    [Fact]
    public void Align_TargetMuchLongerThanSource_CoversEverySentenceInOrder()
    {
        var source = DevSentences("dev.de").Take(20).ToArray();
        var target = DevSentences("dev.fr").ToArray();

        var beads = aligner.Align(source, target, "de", "fr");

        AssertCoversInOrder(beads, source.Length, target.Length);
    }

    [Fact]
    public void Align_TextBergDevelopmentSet_ReachesStrictF1Floor()
    {
        var gold = BeadNotation.ParseAll(File.ReadAllText(TestData.PathOf("align", "textberg-dev", "dev.defr")));

        var beads = aligner.Align(DevSentences("dev.de"), DevSentences("dev.fr"), "de", "fr");
        var score = AlignmentScore.Compare(beads, gold);

        // The aligner reaches about 0.85 strict F1 (0.96 lax); the floors guard against regressions, not noise.
        Assert.True(score.Strict.F1 >= 0.80, score.ToString());
        Assert.True(score.Lax.F1 >= 0.93, score.ToString());
    }

    [Fact]
    public void Align_TextBergDevelopmentSet_DoubtfulBeadsHaveLowerConfidence()
    {
        var gold = BeadNotation.ParseAll(File.ReadAllText(TestData.PathOf("align", "textberg-dev", "dev.defr")));
        var goldBeads = gold.Select(b => b.ToString()).ToHashSet(StringComparer.Ordinal);

        var beads = aligner.Align(DevSentences("dev.de"), DevSentences("dev.fr"), "de", "fr");
        var right = beads.Where(b => goldBeads.Contains(b.ToString())).Average(b => b.Confidence);
        var wrong = beads.Where(b => !goldBeads.Contains(b.ToString())).Average(b => b.Confidence);

        Assert.All(beads, b => Assert.InRange(b.Confidence, 0.0, 1.0));
        Assert.True(wrong < right - 0.1, $"wrong beads {wrong:0.00}, right beads {right:0.00}");
    }

    [Fact]
    public void Align_LongDocumentSearchedInBand_KeepsQualityOfRepeatedDevelopmentSet()
    {
        // Three copies of the development set exceed the full-grid limit, so the search runs in a band
        // around a path found on blocks of sentences.
        var german = DevSentences("dev.de");
        var french = DevSentences("dev.fr");
        var gold = BeadNotation.ParseAll(File.ReadAllText(TestData.PathOf("align", "textberg-dev", "dev.defr")));
        var repeatedGold = Enumerable.Range(0, 3).SelectMany(copy => gold.Select(b => new Bead(
            b.SourceIndices.Select(i => i + (copy * german.Length)).ToArray(),
            b.TargetIndices.Select(j => j + (copy * french.Length)).ToArray(),
            1.0))).ToList();

        var beads = aligner.Align([.. german, .. german, .. german], [.. french, .. french, .. french], "de", "fr");

        // About 0.82: repetition inflates the word co-occurrence counts the lexicon is learned from.
        var score = AlignmentScore.Compare(beads, repeatedGold);
        AssertCoversInOrder(beads, 3 * german.Length, 3 * french.Length);
        Assert.True(score.Strict.F1 >= 0.78, score.ToString());
    }

    internal static void AssertCoversInOrder(IReadOnlyList<Bead> beads, int sourceCount, int targetCount)
    {
        Assert.Equal(Enumerable.Range(0, sourceCount), beads.SelectMany(b => b.SourceIndices));
        Assert.Equal(Enumerable.Range(0, targetCount), beads.SelectMany(b => b.TargetIndices));
        Assert.DoesNotContain(beads, b => b.SourceIndices.Count == 0 && b.TargetIndices.Count == 0);
    }

    private static string[] DevSentences(string file) =>
        File.ReadAllLines(TestData.PathOf("align", "textberg-dev", file));
}
