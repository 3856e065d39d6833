using System.Globalization;
using Microsoft.AspNetCore.Components;
using TranslationReview.Core.Checks;

namespace TranslationReview.Web.Components.Shared;

/// <summary>
/// A segment's source or target with its flags marked. Text is always rendered as text (never markup); overlapping
/// flags split into flat pieces, each coloured by its worst severity and titled with every flag on it.
/// </summary>
public sealed partial class FlaggedText
{
    private IReadOnlyList<TextRun> _runs = [];

    [Parameter, EditorRequired]
    public string Text { get; set; } = "";

    [Parameter]
    public IReadOnlyCollection<FlagMark> Marks { get; set; } = [];

    /// <summary>"source" or "target": lets the selection script tell which side a selection is in.</summary>
    [Parameter]
    public string Side { get; set; } = "target";

    protected override void OnParametersSet() => _runs = MarkedText.Compose(Text, Marks);

    private static string ClassOf(TextRun run)
    {
        var worst = run.Marks.Max(m => m.Severity);
        var origin = run.Marks.All(m => m.Automatic) ? "auto" : run.Marks.Any(m => m.Automatic) ? "manual auto" : "manual";
        var overlap = run.Marks.Count > 1 ? " overlap" : "";
        return $"flag {SeverityClass(worst)} {origin}{overlap}";
    }

    private static string SeverityClass(Severity severity) => severity switch
    {
        Severity.Critical => "critical",
        Severity.Major => "major",
        Severity.Minor => "minor",
        _ => "neutral",
    };

    private static string TitleOf(TextRun run) => string.Join("\n", run.Marks.Select(m => m.Label));

    private static string FlagIdsOf(TextRun run) =>
        string.Join(' ', run.Marks.Select(m => m.FlagId.ToString(CultureInfo.InvariantCulture)));
}
