using TranslationReview.Core.Checks;

namespace TranslationReview.Web.Components.Shared;

/// <summary>A flagged stretch of one side of a segment, as the grid marks it.</summary>
/// <param name="FlagId">The flag it shows.</param>
/// <param name="Start">UTF-16 offset into the segment's plain text.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Severity">Decides the mark's colour.</param>
/// <param name="Automatic">A check's finding rather than a reviewer's flag; drawn differently.</param>
/// <param name="Label">What the mark's tooltip says: category and message.</param>
public sealed record FlagMark(long FlagId, int Start, int Length, Severity Severity, bool Automatic, string Label)
{
    public int End => Start + Length;
}
