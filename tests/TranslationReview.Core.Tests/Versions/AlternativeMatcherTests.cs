using TranslationReview.Core.Alignment;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Versions;

namespace TranslationReview.Core.Tests.Versions;

public class AlternativeMatcherTests
{
    private static readonly string[] Sources =
    [
        "Генсек НАТО Йенс Столтенберг заявил, что нужен консенсус.",
        "Глава МИД ФРГ Анналена Бербок поддержала заявку.",
        "Киев ждет ответа альянса.",
    ];

    [Theory]
    [InlineData("Киев ждет ответа альянса.", "киев ждет ответа альянса.")]
    [InlineData("  Киев   ждет\tответа альянса. ", "киев ждет ответа альянса.")]
    [InlineData("KYIV\u00A0awaits", "kyiv awaits")]
    [InlineData("Cafe\u0301 Kyiv", "café kyiv")]
    public void SourceKey_VariantsOfOneSentence_FoldToTheSameKey(string source, string expected) =>
        Assert.Equal(expected, AlternativeMatcher.SourceKey(source));

    [Fact]
    public void MatchSegments_SameSourcesInOrder_MatchesByPosition()
    {
        var incoming = Sources.Select((s, i) => Segment(s, $"Revised {i + 1}.")).ToList();

        var match = AlternativeMatcher.MatchSegments(Sources, incoming);

        Assert.True(match.ByPosition);
        Assert.Equal([0, 1, 2], match.Targets.Select(t => t.SegmentIndex));
        Assert.Equal(["Revised 1.", "Revised 2.", "Revised 3."], match.Targets.Select(t => t.Content.PlainText));
    }

    [Fact]
    public void MatchSegments_DuplicateSources_TakeTheExistingSegmentsInOrder()
    {
        string[] existing = ["Да.", "Киев ждет ответа альянса.", "Да."];
        var incoming = new[] { Segment("Да.", "Yes."), Segment("да.", "Yes, indeed."), Segment("Да.", "Yes again.") };

        var match = AlternativeMatcher.MatchSegments(existing, incoming);

        Assert.False(match.ByPosition);
        Assert.Equal([(0, "Yes."), (2, "Yes, indeed.")], match.Targets.Select(t => (t.SegmentIndex, t.Content.PlainText)));
        Assert.Equal(1, match.Unmatched);
        Assert.Equal([0, 2, null], match.ExistingIndexOfIncoming);
    }

    [Fact]
    public void MatchSegments_UntranslatedIncomingSegment_IsNeitherAddedNorUnmatched()
    {
        var match = AlternativeMatcher.MatchSegments(Sources, [Segment(Sources[2], null), Segment("Харьков под обстрелом.", "Kharkiv is under fire.")]);

        Assert.Empty(match.Targets);
        Assert.Equal(1, match.Unmatched);
    }

    [Fact]
    public void AlignSentences_OneTranslationPerSegment_GivesEachItsSentence()
    {
        var match = AlternativeMatcher.AlignSentences(Sources,
            ["NATO Secretary General Jens Stoltenberg said consensus is needed.", "German Foreign Minister Annalena Baerbock backed the bid.", "Kyiv awaits the alliance's answer."],
            new SentenceAligner(), "ru", "en");

        Assert.Equal(
            ["NATO Secretary General Jens Stoltenberg said consensus is needed.", "German Foreign Minister Annalena Baerbock backed the bid.", "Kyiv awaits the alliance's answer."],
            match.Targets.Select(t => t.Content.PlainText));
        Assert.All(match.Targets, t => Assert.True(t.Confidence > 0));
        Assert.Equal(0, match.Unmatched);
    }

    [Fact]
    public void AlignSentences_SegmentHoldingTwoSentences_GetsBothTargetSentences()
    {
        string[] existing = ["Зеленский подписал заявку. Все ждали реакции НАТО.", "Это был холодный душ."];

        var match = AlternativeMatcher.AlignSentences(existing,
            ["Zelenskyy signed the application.", "Everyone waited for NATO's reaction.", "It was a cold shower."], new SentenceAligner(), "ru", "en");

        Assert.Equal(["Zelenskyy signed the application. Everyone waited for NATO's reaction.", "It was a cold shower."], match.Targets.Select(t => t.Content.PlainText));
    }

    private static Segment Segment(string source, string? target) =>
        new("1", SegmentContent.FromText(source), target is null ? null : SegmentContent.FromText(target), SegmentState.Translated);
}
