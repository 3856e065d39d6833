using TranslationReview.Core.Segmentation;

namespace TranslationReview.Core.Tests.Segmentation;

public partial class SrxSegmenterTests
{
    [Theory]
    [InlineData("Die Datei ist fertig. Bitte prüfen Sie sie.", "Die Datei ist fertig.", "Bitte prüfen Sie sie.")]
    [InlineData("Der Vertrag beginnt am 1. Oktober 2022. Er läuft zwei Jahre.", "Der Vertrag beginnt am 1. Oktober 2022.", "Er läuft zwei Jahre.")]
    [InlineData("Im 19. Jahrhundert wuchs die Stadt. Heute ist sie groß.", "Im 19. Jahrhundert wuchs die Stadt.", "Heute ist sie groß.")]
    [InlineData("Sie wurde 1990. Danach zog sie um.", "Sie wurde 1990.", "Danach zog sie um.")]
    [InlineData("Wir brauchen z. B. Äpfel und Birnen. Mehr nicht.", "Wir brauchen z. B. Äpfel und Birnen.", "Mehr nicht.")]
    [InlineData("Das gilt, d. h. Verträge bleiben gültig. Fertig.", "Das gilt, d. h. Verträge bleiben gültig.", "Fertig.")]
    [InlineData("Äpfel, Birnen usw. kaufen wir morgen. Heute nicht.", "Äpfel, Birnen usw. kaufen wir morgen.", "Heute nicht.")]
    [InlineData("Wir kaufen Äpfel, Birnen usw. Dann gehen wir.", "Wir kaufen Äpfel, Birnen usw.", "Dann gehen wir.")]
    [InlineData("Siehe Nr. 5 auf S. 12. Danke.", "Siehe Nr. 5 auf S. 12.", "Danke.")]
    [InlineData("Hr. Müller und Dr. Schmidt kommen. Prof. Weber nicht.", "Hr. Müller und Dr. Schmidt kommen.", "Prof. Weber nicht.")]
    [InlineData("Der Umsatz betrug 5 Mio. Euro. Das ist viel.", "Der Umsatz betrug 5 Mio. Euro.", "Das ist viel.")]
    [InlineData("Die Frist endet am 30.09.2022. Danach nicht mehr.", "Die Frist endet am 30.09.2022.", "Danach nicht mehr.")]
    [InlineData("Er sagte: „Geh nach Hause.“ Dann ging er.", "Er sagte: „Geh nach Hause.“", "Dann ging er.")]
    [InlineData("Er sagte: »Geh nach Hause.« Dann ging er.", "Er sagte: »Geh nach Hause.«", "Dann ging er.")]
    [InlineData("„Komm!“, rief sie. Er kam.", "„Komm!“, rief sie.", "Er kam.")]
    [InlineData("Schreiben Sie an info@beispiel.de. Wir antworten.", "Schreiben Sie an info@beispiel.de.", "Wir antworten.")]
    [InlineData("Wirklich?! Ja.", "Wirklich?!", "Ja.")]
    [InlineData("Die Route (s. Karte 3) ist neu. Sie führt über den Grat.", "Die Route (s. Karte 3) ist neu.", "Sie führt über den Grat.")]
    [InlineData("Die Expedition leitete Mrs. Joyce Dunsheath. Sie kam 1956 zurück.", "Die Expedition leitete Mrs. Joyce Dunsheath.", "Sie kam 1956 zurück.")]
    [InlineData("Hätte ich auf der I.H.E. 1934 gute Träger gehabt! Leider nicht.", "Hätte ich auf der I.H.E. 1934 gute Träger gehabt!", "Leider nicht.")]
    [InlineData("Die Höhe beträgt 8848 m. Das ist der neue Wert.", "Die Höhe beträgt 8848 m.", "Das ist der neue Wert.")]
    public void Split_German_BreaksLikeACatTool(string text, params string[] expected) =>
        Assert.Equal(expected, SrxSegmenter.Default.Split(text, "de-CH"));
}
