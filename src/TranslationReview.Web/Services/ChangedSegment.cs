namespace TranslationReview.Web.Services;

/// <summary>A segment whose current target differs from its base version in a "changes since" view.</summary>
public sealed record ChangedSegment(long SegmentId, int Position, string Source, string BaseText, string CurrentText);
