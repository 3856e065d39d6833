using TranslationReview.Core.Segmentation;

namespace TranslationReview.Core.Tests.Segmentation;

// Conformance with Okapi's defaultSegmentation.srx, read in place from the shared test data.
public partial class SrxSegmenterTests
{
    private static readonly Lazy<SrxSegmenter> Okapi = new(() =>
        SrxSegmenter.LoadAsync(TestData.PathOf("okapi", "srx", "defaultSegmentation.srx"), CancellationToken.None).GetAwaiter().GetResult());

    [Fact]
    public void LoadAsync_OkapiDefaultRules_ReadsHeaderRulesAndMaps()
    {
        var ruleSet = Okapi.Value.RuleSet;

        Assert.False(ruleSet.Cascade);
        Assert.Equal(["Default", "Thai", "Khmer"], ruleSet.LanguageRules.Select(r => r.Name));
        Assert.Equal(8, ruleSet.LanguageRules[0].Rules.Count);
        Assert.Equal("Default", ruleSet.LanguageMaps[^1].LanguageRuleName);
    }

    [Fact]
    public void Split_OkapiSampleText_MatchesOkapiSegmentation()
    {
        // The sample shipped in the file's own header (okpsrx:sample), split the way Okapi's Ratel shows it.
        const string sample = "Mr. Holmes is from the U.K. not the U.S. Is Dr. Watson from there too? Yes: both are. \"Right?\" Yes, indeed. "
            + "I'm all for it! But you are not. \"Yes.\" Here too. Dr. Holmes vs. Rev. Kramer. In the U.S.: more to come. "
            + "Right, e.g.: There is that. (e.g.: the cat). Test!?. More.     It's very easy: First you write a check. "
            + "On Nov. 3rd and in Dec. 1934. And here. the last sentence.";

        Assert.Equal(
            [
                "Mr. Holmes is from the U.K. not the U.S.", "Is Dr. Watson from there too?", "Yes: both are.", "\"Right?\"",
                "Yes, indeed.", "I'm all for it!", "But you are not.", "\"Yes.\"", "Here too.", "Dr. Holmes vs. Rev. Kramer.",
                "In the U.S.: more to come.", "Right, e.g.:", "There is that.", "(e.g.: the cat).", "Test!?.", "More.",
                "It's very easy:", "First you write a check.", "On Nov. 3rd and in Dec. 1934.", "And here. the last sentence.",
            ],
            Okapi.Value.Split(sample, "en"));
    }

    [Theory]
    [InlineData("Please review the file. Then send it back.", "Please review the file.", "Then send it back.")]
    [InlineData("Dr. Watson and Mrs. Hudson arrived at 5 p.m. on Monday.", "Dr. Watson and Mrs. Hudson arrived at 5 p.m. on Monday.")]
    [InlineData("The version is 3.5 now! Update at example.com/download.html today.", "The version is 3.5 now!", "Update at example.com/download.html today.")]
    [InlineData("See Fig. 4 for details. Contact jane.doe@example.com with questions.", "See Fig. 4 for details.", "Contact jane.doe@example.com with questions.")]
    [InlineData("Where is it? It is here.\nNew paragraph.", "Where is it?", "It is here.", "New paragraph.")]
    public void Split_EnglishWithOkapiRules_BreaksAtSentenceEnds(string text, params string[] expected) =>
        Assert.Equal(expected, Okapi.Value.Split(text, "en-US"));

    [Fact]
    public void Split_ThaiWithOkapiRules_UsesOnlyTheFirstMatchingMap()
    {
        // cascade="no": "th" selects the Thai rules alone, so the Default full-stop rule does not apply.
        Assert.Single(Okapi.Value.Split("Latin text. Another sentence.", "th-TH"));
    }
}
