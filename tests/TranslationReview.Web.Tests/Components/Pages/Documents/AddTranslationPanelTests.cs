using TranslationReview.Data;
using TranslationReview.Web.Components.Pages.Documents;

namespace TranslationReview.Web.Tests.Components.Pages.Documents;

public sealed class AddTranslationPanelTests
{
    [Fact]
    public void Summary_AlignedTextWithLooseEnds_TellsWhatToCheck()
    {
        var text = AddTranslationPanel.Summary(new AlternativeImportResult("Human revision", 39, 2, 3, 0, 0, false));

        Assert.Equal(
            "Added “Human revision” to 39 segments. 2 matched no source segment. 3 placements have low confidence: check them on the Alternatives page.",
            text);
    }

    [Fact]
    public void Summary_XliffMatchedByPositionWithCandidates_CountsThem()
    {
        var text = AddTranslationPanel.Summary(new AlternativeImportResult("Engine B", 1204, 0, 0, 57, 1204, true));

        Assert.Equal(
            "Added “Engine B” to 1,204 segments (matched by position). 57 translation candidates of the file were added under their own labels. 1,204 earlier alternatives were replaced.",
            text);
    }
}
