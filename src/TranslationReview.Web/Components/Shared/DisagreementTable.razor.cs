using System.Globalization;
using Microsoft.AspNetCore.Components;
using TranslationReview.Core.Diffing;

namespace TranslationReview.Web.Components.Shared;

/// <summary>
/// The N-way view: one row per version of a segment with the spans where the versions disagree marked in every row.
/// </summary>
public sealed partial class DisagreementTable
{
    [Parameter, EditorRequired]
    public DisagreementView View { get; set; } = default!;

    /// <summary>Row headings in the order of the view's versions; missing ones read "Version n".</summary>
    [Parameter]
    public IReadOnlyList<string> Labels { get; set; } = [];

    [Parameter]
    public string? Lang { get; set; }

    private string Caption => View.IsUnanimous
        ? "All versions agree."
        : $"Versions disagree: {View.Score.ToString("P0", CultureInfo.InvariantCulture)} (0% = identical)";

    private string LabelOf(int version) => version < Labels.Count ? Labels[version] : $"Version {version + 1}";
}
