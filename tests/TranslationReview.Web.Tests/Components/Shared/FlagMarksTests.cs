using TranslationReview.Core.Checks;
using TranslationReview.Data;
using TranslationReview.Web.Components.Shared;

namespace TranslationReview.Web.Tests.Components.Shared;

public sealed class FlagMarksTests
{
    private static FlagRow Flag(long id, FlagOrigin origin, FlagStatus status, TextSpan? source, TextSpan? target) =>
        new(id, 5, 2, origin, origin == FlagOrigin.Automatic ? "glossary.forbidden" : null, IssueCategory.Name, Severity.Major, status,
            source, target, origin == FlagOrigin.Automatic ? "\"Kiev\" is a forbidden rendering of \"Киев\"." : null,
            origin == FlagOrigin.Manual ? "Ukrainian capital." : null, "Kyiv", origin == FlagOrigin.Automatic ? "Automatic check" : "olena@example.org",
            DateTimeOffset.UnixEpoch, null, null, null);

    [Fact]
    public void Of_FlagsOnBothSides_MarksOnlyTheAskedSide()
    {
        var flags = new[]
        {
            Flag(1, FlagOrigin.Manual, FlagStatus.Open, null, new TextSpan(18, 4, "Kiev")),
            Flag(2, FlagOrigin.Automatic, FlagStatus.Open, new TextSpan(10, 4, "Киев"), new TextSpan(18, 4, "Kiev")),
        };

        Assert.Equal([1L, 2L], FlagMarks.Of(flags, FlagSide.Target).Select(m => m.FlagId));
        var source = Assert.Single(FlagMarks.Of(flags, FlagSide.Source));
        Assert.Equal((2L, 10, 4, true), (source.FlagId, source.Start, source.Length, source.Automatic));
    }

    [Theory]
    [InlineData(FlagStatus.Open, true)]
    [InlineData(FlagStatus.Fixed, true)]
    [InlineData(FlagStatus.Disputed, true)]
    [InlineData(FlagStatus.Resolved, false)]
    [InlineData(FlagStatus.Dismissed, false)]
    public void IsMarked_SettledFlags_AreNotMarked(FlagStatus status, bool marked) =>
        Assert.Equal(marked, FlagMarks.IsMarked(Flag(1, FlagOrigin.Manual, status, null, new TextSpan(0, 4, "Kiev"))));

    [Fact]
    public void LabelOf_SaysCategorySeverityOriginMessageAndSuggestion()
    {
        Assert.Equal("name · major · open (check glossary.forbidden) — \"Kiev\" is a forbidden rendering of \"Киев\". — Suggestion: Kyiv",
            FlagMarks.LabelOf(Flag(2, FlagOrigin.Automatic, FlagStatus.Open, null, new TextSpan(18, 4, "Kiev"))));
        Assert.Equal("name · major · disputed (flag by olena@example.org) — Ukrainian capital. — Suggestion: Kyiv",
            FlagMarks.LabelOf(Flag(1, FlagOrigin.Manual, FlagStatus.Disputed, null, new TextSpan(18, 4, "Kiev"))));
    }
}
