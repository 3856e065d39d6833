using TranslationReview.Core.Documents;
using TranslationReview.Data;
using TranslationReview.Web.Components.Shared;

namespace TranslationReview.Web.Tests.Components.Shared;

public sealed class RowActionsMenuTests : BunitContext
{
    private static readonly SegmentRow Row = new(41, 7, "Сказал генсек НАТО.", "Said the NATO Secretary General.",
        SegmentState.Translated, 0.42, false, DateTimeOffset.UnixEpoch, null);

    public RowActionsMenuTests() => JSInterop.Mode = JSRuntimeMode.Loose;

    [Fact]
    public void ChooseApproved_DispatchesTheState()
    {
        SegmentState? chosen = null;
        var menu = Render<RowActionsMenu>(p => p.Add(m => m.Row, Row).Add(m => m.OnStateChosen, (SegmentState s) => chosen = s));

        menu.FindAll("[role=menuitem]").Single(b => b.TextContent.Contains("Approved", StringComparison.Ordinal)).Click();

        Assert.Equal(SegmentState.Approved, chosen);
    }

    [Fact]
    public void Render_CurrentState_IsNotOfferedAgain()
    {
        var menu = Render<RowActionsMenu>(p => p.Add(m => m.Row, Row));

        var current = menu.FindAll("[role=menuitem]").Single(b => b.TextContent.Contains("Translated", StringComparison.Ordinal));
        Assert.True(current.HasAttribute("disabled"));
    }

    [Theory]
    [InlineData("Merge with next", RowAction.MergeWithNext)]
    [InlineData("Split…", RowAction.Split)]
    [InlineData("Move first target sentence to previous", RowAction.MoveFirstTargetSentenceToPrevious)]
    [InlineData("Move last target sentence to next", RowAction.MoveLastTargetSentenceToNext)]
    public void ChooseRepair_DispatchesTheAction(string label, RowAction expected)
    {
        RowAction? chosen = null;
        var menu = Render<RowActionsMenu>(p => p.Add(m => m.Row, Row).Add(m => m.OnActionChosen, (RowAction a) => chosen = a));

        menu.FindAll("[role=menuitem]").Single(b => b.TextContent.Trim() == label).Click();

        Assert.Equal(expected, chosen);
    }

    [Fact]
    public void Render_StatesWithShortcuts_ShowTheKeys()
    {
        var menu = Render<RowActionsMenu>(p => p.Add(m => m.Row, Row));

        var approve = menu.FindAll("[role=menuitem]").Single(b => b.TextContent.Contains("Approved", StringComparison.Ordinal));
        Assert.Contains("Ctrl+Shift+A", approve.TextContent, StringComparison.Ordinal);
    }
    [Fact]
    public void ChooseFlag_DispatchesTheFlagActionAndShowsItsShortcut()
    {
        RowAction? chosen = null;
        var menu = Render<RowActionsMenu>(p => p.Add(m => m.Row, Row).Add(m => m.OnActionChosen, (RowAction a) => chosen = a));

        var flag = menu.FindAll("[role=menuitem]").Single(b => b.TextContent.StartsWith("Flag…", StringComparison.Ordinal));
        Assert.Contains("Ctrl+Shift+F", flag.TextContent, StringComparison.Ordinal);
        flag.Click();

        Assert.Equal(RowAction.Flag, chosen);
    }
}
