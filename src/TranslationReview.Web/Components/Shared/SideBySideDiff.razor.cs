using Microsoft.AspNetCore.Components;
using TranslationReview.Core.Diffing;

namespace TranslationReview.Web.Components.Shared;

/// <summary>A diff as two columns: version A with its deletions struck, version B with its insertions marked.</summary>
public sealed partial class SideBySideDiff
{
    private (string Name, IReadOnlyList<DiffPiece> Pieces)[] _sides = [];

    [Parameter, EditorRequired]
    public TextDiff Diff { get; set; } = default!;

    [Parameter]
    public string TitleA { get; set; } = "A";

    [Parameter]
    public string TitleB { get; set; } = "B";

    [Parameter]
    public string? Lang { get; set; }

    protected override void OnParametersSet() =>
        _sides = [(TitleA, DiffPiece.Side(Diff, oldSide: true)), (TitleB, DiffPiece.Side(Diff, oldSide: false))];
}
