using TranslationReview.Core.Segmentation;

namespace TranslationReview.Core.Tests.Segmentation;

// The Text+Berg development set (one gold sentence per line, read in place) joined back into running text: the
// built-in rules must find the gold sentence boundaries that follow sentence punctuation, and rarely invent
// others. The gold text is tokenized ("führte . Wie") and also splits at colons, so perfection is not expected.
public partial class SrxSegmenterTests
{
    [Theory]
    [InlineData("dev.de", "de-CH", 0.90, 0.78)]
    [InlineData("dev.fr", "fr-CH", 0.76, 0.72)]
    public void Split_GoldSentencesJoined_RecoversTheirBoundaries(string file, string language, double minPrecision, double minRecall)
    {
        var gold = File.ReadLines(TestData.PathOf("align", "textberg-dev", file)).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var text = string.Join(' ', gold);
        var goldEnds = Ends(text, gold).Where(end => ".?!»".Contains(text[end - 1], StringComparison.Ordinal)).ToHashSet();

        var found = Ends(text, SrxSegmenter.Default.Split(text, language)).ToHashSet();
        found.Remove(text.Length);
        goldEnds.Remove(text.Length);
        var correct = found.Count(goldEnds.Contains);

        Assert.InRange(correct / (double)found.Count, minPrecision, 1.0);
        Assert.InRange(correct / (double)goldEnds.Count, minRecall, 1.0);
    }

    private static IEnumerable<int> Ends(string text, IEnumerable<string> segments)
    {
        var position = 0;
        foreach (var segment in segments)
        {
            position = text.IndexOf(segment, position, StringComparison.Ordinal) + segment.Length;
            yield return position;
        }
    }
}
