using TranslationReview.Core.Checks;
using TranslationReview.Core.Documents;
using TranslationReview.Data;
using TranslationReview.Web.Components.Shared;

namespace TranslationReview.Web.Tests.Components.Shared;

public sealed class FlagDialogTests : BunitContext
{
    private const string Source = "Министр иностранных дел ФРГ Анналена Бербок прибыла в Киев.";
    private const string Target = "FRG Foreign Minister Annalena Berbock arrived in Kiev.";

    private static readonly SegmentRow Row = new(12, 4, Source, Target, SegmentState.Translated, 0.91, false, DateTimeOffset.UnixEpoch, null);

    public FlagDialogTests() => JSInterop.Mode = JSRuntimeMode.Loose;

    private static GridSelection TargetWords(string words) =>
        new(FlagSide.Target, Target.IndexOf(words, StringComparison.Ordinal), Target.IndexOf(words, StringComparison.Ordinal) + words.Length);

    private IRenderedComponent<FlagDialog> RenderDialog(GridSelection? selection, Action<NewFlag>? onSave = null, string? error = null) =>
        Render<FlagDialog>(p => p.Add(d => d.Row, Row).Add(d => d.Selection, selection).Add(d => d.Error, error)
            .Add(d => d.OnSave, (NewFlag flag) => onSave?.Invoke(flag)));

    [Fact]
    public void Render_SelectionFromTheGrid_ShowsTheFlaggedWordsInALabelledDialog()
    {
        var dialog = RenderDialog(TargetWords("Berbock"));

        Assert.Equal("flag-title", dialog.Find("[role=dialog]").GetAttribute("aria-labelledby"));
        Assert.Equal("Flag segment 4", dialog.Find("#flag-title").TextContent);
        Assert.Contains("Flagged text: “Berbock” (characters 31–37)", dialog.Find(".selected").TextContent, StringComparison.Ordinal);
        Assert.Equal(Target, dialog.Find("#flag-text").GetAttribute("value"));
    }

    [Fact]
    public void Save_WithoutCategory_SaysWhatIsMissingAndSavesNothing()
    {
        NewFlag? saved = null;
        var dialog = RenderDialog(TargetWords("Berbock"), f => saved = f);

        dialog.Find("#flag-suggestion").Input("Baerbock");
        dialog.FindAll("button").Single(b => b.TextContent == "Add flag").Click();

        Assert.Null(saved);
        Assert.Equal("Choose a category.", dialog.Find("[role=alert]").TextContent.Trim());
        Assert.Equal("Baerbock", dialog.Find("#flag-suggestion").GetAttribute("value"));
    }

    [Fact]
    public void Save_TargetSelection_SavesTheTargetSpanWithCategorySeverityAndSuggestion()
    {
        NewFlag? saved = null;
        var dialog = RenderDialog(TargetWords("Berbock"), f => saved = f);

        dialog.Find("#flag-category").Change(nameof(IssueCategory.Name));
        dialog.Find("#flag-severity").Change(nameof(Severity.Major));
        dialog.Find("#flag-suggestion").Input("  Baerbock ");
        dialog.Find("#flag-comment").Input("German name back-transliterated from Cyrillic.");
        dialog.FindAll("button").Single(b => b.TextContent == "Add flag").Click();

        Assert.NotNull(saved);
        Assert.Equal(new TextSpan(30, 7, "Berbock"), saved.Target);
        Assert.Null(saved.Source);
        Assert.Equal((IssueCategory.Name, Severity.Major, "Baerbock"), (saved.Category, saved.Severity, saved.Suggestion));
        Assert.Equal("German name back-transliterated from Cyrillic.", saved.Comment);
    }

    [Fact]
    public void Save_SourceSelection_SavesTheSourceSpan()
    {
        NewFlag? saved = null;
        var start = Source.IndexOf("ФРГ", StringComparison.Ordinal);
        var dialog = RenderDialog(new GridSelection(FlagSide.Source, start, start + 3), f => saved = f);

        Assert.Equal("Source text (select the words to flag)", dialog.Find("label[for=flag-text]").TextContent);
        dialog.Find("#flag-category").Change(nameof(IssueCategory.Terminology));
        dialog.FindAll("button").Single(b => b.TextContent == "Add flag").Click();

        Assert.NotNull(saved);
        Assert.Equal(new TextSpan(start, 3, "ФРГ"), saved.Source);
        Assert.Null(saved.Target);
    }

    [Fact]
    public void Save_SelectionBeyondTheText_AsksToSelectAgain()
    {
        NewFlag? saved = null;
        var dialog = RenderDialog(new GridSelection(FlagSide.Target, 50, 70), f => saved = f);

        dialog.Find("#flag-category").Change(nameof(IssueCategory.Name));
        dialog.FindAll("button").Single(b => b.TextContent == "Add flag").Click();

        Assert.Null(saved);
        Assert.Contains("outside the target text", dialog.Find("[role=alert]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ServerError_IsShownBesideTheKeptFields()
    {
        var dialog = RenderDialog(TargetWords("Kiev"), error: "The target changed since it was shown; select the words again.");

        Assert.Contains("The target changed since it was shown", dialog.Find("[role=alert]").TextContent, StringComparison.Ordinal);
        Assert.Contains("“Kiev”", dialog.Find(".selected").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Categories_AreTheFourteenNamesReviewersUse()
    {
        var dialog = RenderDialog(null);

        var names = dialog.FindAll("#flag-category option").Skip(1).Select(o => o.TextContent);
        Assert.Equal(["name", "title", "terminology", "mistranslation", "omission", "addition", "untranslated", "number",
            "grammar", "spelling", "punctuation", "style", "locale convention", "other"], names);
        Assert.Equal(["neutral", "minor", "major", "critical"], dialog.FindAll("#flag-severity option").Select(o => o.TextContent));
        Assert.Contains("No text selected", dialog.Find(".selected").TextContent, StringComparison.Ordinal);
    }
}
