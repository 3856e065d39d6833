using System.Globalization;
using Microsoft.AspNetCore.Components;
using TranslationReview.Core.Checks;

namespace TranslationReview.Web.Components.Shared;

/// <summary>
/// An inline SVG bar chart of error counts by category, each bar split by severity. Accessible as one image whose
/// label lists the counts, so a screen reader hears what a sighted reviewer sees.
/// </summary>
public partial class ScoreChart
{
    private const int LabelWidth = 130;
    private const int BarWidth = 260;
    private const int RowHeight = 20;

    private static readonly Severity[] Severities = [Severity.Critical, Severity.Major, Severity.Minor, Severity.Neutral];

    /// <summary>Error counts by category and severity; absent pairs are zero.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyDictionary<(IssueCategory Category, Severity Severity), int> Counts { get; set; } =
        new Dictionary<(IssueCategory, Severity), int>();

    private const int Width = LabelWidth + BarWidth + 40;

    private int Height => Math.Max(1, Rows.Count) * RowHeight + 4;

    private List<ChartRow> Rows { get; set; } = [];

    private string Summary { get; set; } = string.Empty;

    protected override void OnParametersSet()
    {
        var totals = Counts.GroupBy(c => c.Key.Category)
            .Select(g => (Category: g.Key, Total: g.Sum(c => c.Value)))
            .Where(t => t.Total > 0)
            .OrderByDescending(t => t.Total).ThenBy(t => t.Category)
            .ToList();
        var max = totals.Count == 0 ? 1 : totals.Max(t => t.Total);
        Rows = [.. totals.Select(t => RowOf(t.Category, t.Total, max))];
        Summary = totals.Count == 0
            ? "Errors by category: none counted."
            : "Errors by category: " + string.Join("; ", totals.Select(t => $"{t.Category.ToName()} {t.Total}")) + ".";
    }

    private ChartRow RowOf(IssueCategory category, int total, int max)
    {
        var bars = new List<ChartBar>();
        var x = 0.0;
        foreach (var severity in Severities)
        {
            var count = Counts.GetValueOrDefault((category, severity));
            if (count == 0)
            {
                continue;
            }

            var width = (double)BarWidth * count / max;
            var name = severity.ToString().ToLowerInvariant();
            bars.Add(new ChartBar(x, width, "sev-" + name, $"{category.ToName()}, {name}: {count}"));
            x += width;
        }

        return new ChartRow(category.ToName(), total, x, bars);
    }

    private static string Num(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private sealed record ChartRow(string Label, int Total, double Width, IReadOnlyList<ChartBar> Bars);

    private sealed record ChartBar(double X, double Width, string CssClass, string Title);
}
