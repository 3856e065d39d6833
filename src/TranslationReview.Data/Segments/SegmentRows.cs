using System.Linq.Expressions;

namespace TranslationReview.Data.Segments;

/// <summary>Maps segment entities to grid rows, in SQL (for pages) or in memory (after an edit).</summary>
internal static class SegmentRows
{
    public static Expression<Func<DocumentSegment, SegmentRow>> Projection { get; } = s => new SegmentRow(
        s.Id,
        s.Position,
        s.SourceText,
        s.TargetText,
        s.State,
        s.AlignmentConfidence,
        s.SourceContentJson != null || s.TargetContentJson != null,
        s.UpdatedAt,
        s.UpdatedBy,
        s.TargetLabel,
        s.TargetOrigin,
        s.TargetAuthor,
        s.TargetChangedBy,
        s.TargetChangedAt);

    public static SegmentRow From(DocumentSegment s) => new(
        s.Id,
        s.Position,
        s.SourceText,
        s.TargetText,
        s.State,
        s.AlignmentConfidence,
        s.SourceContentJson is not null || s.TargetContentJson is not null,
        s.UpdatedAt,
        s.UpdatedBy,
        s.TargetLabel,
        s.TargetOrigin,
        s.TargetAuthor,
        s.TargetChangedBy,
        s.TargetChangedAt);
}
