using TranslationReview.Data;
using TranslationReview.Web.Components.Pages.Alternatives;
using TranslationReview.Web.Components.Shared;

namespace TranslationReview.Web.Tests.Components.Pages.Alternatives;

public sealed class AlternativeActionsMenuTests : BunitContext
{
    private static readonly AlternativeRow WithText = new(41, 7, "Сказал генсек НАТО. Все ждали.", 900, "Said the NATO Secretary General. Everyone waited.", 0.3);
    private static readonly AlternativeRow Empty = new(42, 8, "Это был холодный душ.", 901, "", 0.0);

    public AlternativeActionsMenuTests() => JSInterop.Mode = JSRuntimeMode.Loose;

    [Theory]
    [InlineData("Move first sentence to previous", RowAction.MoveFirstTargetSentenceToPrevious)]
    [InlineData("Move last sentence to next", RowAction.MoveLastTargetSentenceToNext)]
    [InlineData("Merge with next", RowAction.MergeWithNext)]
    [InlineData("Split…", RowAction.Split)]
    public void ChooseRepair_DispatchesTheAction(string label, RowAction expected)
    {
        RowAction? chosen = null;
        var menu = Render<AlternativeActionsMenu>(p => p.Add(m => m.Row, WithText).Add(m => m.OnActionChosen, (RowAction a) => chosen = a));

        menu.FindAll("[role=menuitem]").Single(b => b.TextContent.Trim() == label).Click();

        Assert.Equal(expected, chosen);
    }

    [Fact]
    public void Render_EmptyAlternative_OffersOnlyMergingTheNextIn()
    {
        var menu = Render<AlternativeActionsMenu>(p => p.Add(m => m.Row, Empty));

        var enabled = menu.FindAll("[role=menuitem]").Where(b => !b.HasAttribute("disabled")).Select(b => b.TextContent.Trim());
        Assert.Equal(["Merge with next"], enabled);
        Assert.Equal("Actions for the alternative of segment 8", menu.Find("[role=menu]").GetAttribute("aria-label"));
    }
}
