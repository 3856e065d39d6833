using Microsoft.AspNetCore.Components;
using TranslationReview.Core.Diffing;

namespace TranslationReview.Web.Components.Shared;

/// <summary>
/// A diff in one line of text: deletions struck (<c>del</c>), insertions marked (<c>ins</c>), and a replaced word
/// shown once with its changed letters marked, so "Berbock" → "Baerbock" reads as one inserted "a".
/// </summary>
public sealed partial class InlineDiff
{
    private IReadOnlyList<DiffPiece> _pieces = [];

    [Parameter, EditorRequired]
    public TextDiff Diff { get; set; } = default!;

    /// <summary>The language of the text, for the browser's fonts, hyphenation and screen readers.</summary>
    [Parameter]
    public string? Lang { get; set; }

    protected override void OnParametersSet() => _pieces = DiffPiece.Inline(Diff);
}
