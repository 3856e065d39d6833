using TranslationReview.Core.Checks;
using TranslationReview.Core.Checks.Terms;
using TranslationReview.Core.Terminology;

namespace TranslationReview.Core.Tests.Checks.Terms;

public class GlossaryMatchesTests
{
    private static readonly Glossary Glossary = new("g", "uk", "en", [new GlossaryEntry("Харків", ["Kharkiv"], ["Kharkov"])]);

    private static GlossaryMatches MatchesOf(string source, string target, string sourceLanguage) =>
        GlossaryMatches.Of(new CheckContext(new CheckDocument([new CheckSegment(1, source, target)], sourceLanguage, "en"), Glossary));

    [Fact]
    public void Of_SameContext_ComputesOnceForEveryCheck()
    {
        var context = new CheckContext(new CheckDocument([new CheckSegment(1, "Харкова", "Kharkiv")], "uk", "en"), Glossary);

        Assert.Same(GlossaryMatches.Of(context), GlossaryMatches.Of(context));
    }

    [Fact]
    public void Of_DocumentLanguage_DecidesTheStemmerEvenForTheSameGlossary()
    {
        // Ukrainian stemming meets "Харкова" with "Харків"; a document declared German matches exactly.
        var ukrainian = MatchesOf("з Харкова", "from Kharkov", "uk");
        var german = MatchesOf("з Харкова", "from Kharkov", "de");

        Assert.Single(ukrainian.Segments[0].Source);
        Assert.Empty(german.Segments[0].Source);
        Assert.True(ukrainian.Segments[0].HasForbidden(0));
        Assert.Equal("Харків", ukrainian.EntryOf(ukrainian.Segments[0].Source[0]).SourceTerm);
    }

    [Fact]
    public void Of_NoGlossary_GivesEverySegmentNoMatches()
    {
        var matches = GlossaryMatches.Of(new CheckContext(new CheckDocument([new CheckSegment(1, "Харків", "Kharkov")], "uk", "en"), null));

        Assert.Null(matches.Glossary);
        Assert.Empty(Assert.Single(matches.Segments).Target);
    }
}
