using TranslationReview.Core.Checks;
using TranslationReview.Data;

namespace TranslationReview.Web.Components.Shared;

/// <summary>The flag dialog's fields, checked against the segment before anything is saved.</summary>
public sealed class FlagDraft
{
    public FlagSide Side { get; set; } = FlagSide.Target;

    public int Start { get; set; }

    public int End { get; set; }

    public IssueCategory? Category { get; set; }

    public Severity Severity { get; set; } = Severity.Minor;

    public string Comment { get; set; } = "";

    public string Suggestion { get; set; } = "";

    /// <summary>The flagged words of <paramref name="text"/>, or "" when nothing (or nothing valid) is selected.</summary>
    public string SelectedText(string text) =>
        Start >= 0 && End > Start && End <= text.Length ? text[Start..End] : "";

    /// <summary>What is wrong with the fields, in words a reviewer can act on; empty when the flag can be saved.</summary>
    public IReadOnlyList<string> Validate(SegmentRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var errors = new List<string>();
        var text = TextOf(row);
        if (Start < 0 || End < Start || End > text.Length)
        {
            errors.Add($"The selection ({Start}–{End}) is outside the {SideName} text, which has {text.Length} characters; select the words again.");
        }
        else if (End == Start && Side == FlagSide.Target && text.Length == 0)
        {
            errors.Add("This segment has no target to flag; flag the source (for an omission) instead.");
        }

        if (Category is null)
        {
            errors.Add("Choose a category.");
        }

        if (!Enum.IsDefined(Severity))
        {
            errors.Add("Choose a severity.");
        }

        return errors;
    }

    /// <summary>The flag to save; call only after <see cref="Validate"/> found nothing.</summary>
    public NewFlag ToNewFlag(SegmentRow row)
    {
        var text = TextOf(row);
        var span = End > Start ? TextSpan.Of(text, Start, End - Start) : null;
        return new NewFlag(
            Category ?? IssueCategory.Other,
            Severity,
            Side == FlagSide.Source ? span : null,
            Side == FlagSide.Target ? span : null,
            Blank(Comment),
            Blank(Suggestion));
    }

    public string TextOf(SegmentRow row) => Side == FlagSide.Source ? row.Source : row.Target ?? "";

    private string SideName => Side == FlagSide.Source ? "source" : "target";

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
