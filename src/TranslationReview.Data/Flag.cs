using TranslationReview.Core.Checks;

namespace TranslationReview.Data;

/// <summary>
/// An error marked in a segment: by a reviewer (a span of the source or target, a category, a severity, a comment
/// and a correction) or by an automatic check. The translator answers it; a reviewer resolves or dismisses it.
/// </summary>
public class Flag
{
    /// <summary>The author recorded on automatic flags.</summary>
    public const string AutomaticAuthor = "Automatic check";

    private Flag(int documentId, long segmentId, FlagOrigin origin, IssueCategory category, Severity severity, string author, DateTimeOffset createdAt)
    {
        DocumentId = documentId;
        SegmentId = segmentId;
        Origin = origin;
        Category = category;
        Severity = severity;
        Author = author;
        CreatedAt = createdAt;
    }

    /// <summary>The database key.</summary>
    public long Id { get; private set; }

    /// <summary>The document of the flagged segment.</summary>
    public int DocumentId { get; private set; }

    /// <summary>The flagged segment.</summary>
    public long SegmentId { get; private set; }

    /// <summary>Manual or automatic.</summary>
    public FlagOrigin Origin { get; private set; }

    /// <summary>The check's id for an automatic flag; null for a manual one.</summary>
    public string? CheckId { get; private set; }

    /// <summary>The finding's <see cref="CheckFinding.Fingerprint"/> for an automatic flag, which re-checks match on.</summary>
    public string? Fingerprint { get; private set; }

    /// <summary>The error category.</summary>
    public IssueCategory Category { get; private set; }

    /// <summary>The severity.</summary>
    public Severity Severity { get; private set; }

    /// <summary>UTF-16 offset of the flagged source stretch, or null when the flag has no source side.</summary>
    public int? SourceStart { get; private set; }

    /// <summary>Length of the flagged source stretch, or null.</summary>
    public int? SourceLength { get; private set; }

    /// <summary>The flagged source text, or null.</summary>
    public string? SourceText { get; private set; }

    /// <summary>UTF-16 offset of the flagged target stretch, or null when the flag has no target side.</summary>
    public int? TargetStart { get; private set; }

    /// <summary>Length of the flagged target stretch, or null.</summary>
    public int? TargetLength { get; private set; }

    /// <summary>The flagged target text, or null.</summary>
    public string? TargetText { get; private set; }

    /// <summary>What a check says is wrong; null for a manual flag.</summary>
    public string? Message { get; private set; }

    /// <summary>The reviewer's comment.</summary>
    public string? Comment { get; private set; }

    /// <summary>The suggested correction.</summary>
    public string? Suggestion { get; private set; }

    /// <summary>Where the flag stands.</summary>
    public FlagStatus Status { get; private set; }

    /// <summary>Who raised it; <see cref="AutomaticAuthor"/> for automatic flags.</summary>
    public string Author { get; private set; }

    /// <summary>When it was raised.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The translator's comment with the answer.</summary>
    public string? AnswerComment { get; private set; }

    /// <summary>Who answered.</summary>
    public string? AnsweredBy { get; private set; }

    /// <summary>When it was answered.</summary>
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>Who resolved or dismissed it.</summary>
    public string? ResolvedBy { get; private set; }

    /// <summary>When it was resolved or dismissed.</summary>
    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>The flagged source stretch, or null.</summary>
    public TextSpan? Source => SourceText is null ? null : new TextSpan(SourceStart ?? 0, SourceLength ?? 0, SourceText);

    /// <summary>The flagged target stretch, or null.</summary>
    public TextSpan? Target => TargetText is null ? null : new TextSpan(TargetStart ?? 0, TargetLength ?? 0, TargetText);

    /// <summary>The translator answers: fixed, or disputed (a comment is required then).</summary>
    /// <exception cref="ReviewValidationException">The flag is already resolved or dismissed, or a dispute has no comment.</exception>
    public void Answer(FlagAnswer answer, string? comment, string user, DateTimeOffset now)
    {
        if (Status is FlagStatus.Resolved or FlagStatus.Dismissed)
        {
            throw new ReviewValidationException($"This flag is already {Status.ToString().ToLowerInvariant()}: ask a reviewer to reopen it before answering.");
        }

        var trimmed = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        Status = answer switch
        {
            FlagAnswer.Fixed => FlagStatus.Fixed,
            FlagAnswer.Disputed when trimmed is null => throw new ReviewValidationException("Say why you dispute the flag: a dispute needs a comment."),
            FlagAnswer.Disputed => FlagStatus.Disputed,
            _ => throw new ReviewValidationException($"'{answer}' is not an answer to a flag: answer fixed or disputed."),
        };
        AnswerComment = trimmed;
        AnsweredBy = user;
        AnsweredAt = now;
    }

    /// <summary>A reviewer closes the flag; it keeps counting in the score.</summary>
    /// <exception cref="ReviewValidationException">It is already resolved or dismissed.</exception>
    public void Resolve(string user, DateTimeOffset now) => Close(FlagStatus.Resolved, user, now);

    /// <summary>A reviewer judges it no error: it stops counting, and a re-check keeps it dismissed.</summary>
    /// <exception cref="ReviewValidationException">It is already resolved or dismissed.</exception>
    public void Dismiss(string user, DateTimeOffset now) => Close(FlagStatus.Dismissed, user, now);

    /// <summary>Opens a flag again; the answer and the resolution are cleared.</summary>
    public void Reopen()
    {
        Status = FlagStatus.Open;
        AnswerComment = null;
        AnsweredBy = null;
        AnsweredAt = null;
        ResolvedBy = null;
        ResolvedAt = null;
    }

    /// <summary>A reviewer's flag on a segment; the store has checked the spans against the segment's text.</summary>
    internal static Flag Manual(DocumentSegment segment, NewFlag flag, string author, DateTimeOffset now)
    {
        var created = new Flag(segment.DocumentId, segment.Id, FlagOrigin.Manual, flag.Category, flag.Severity, author, now)
        {
            Comment = Blank(flag.Comment),
            Suggestion = Blank(flag.Suggestion),
        };
        created.SetSpans(flag.Source, flag.Target);
        return created;
    }

    /// <summary>An automatic check's finding as an open flag.</summary>
    internal static Flag Automatic(int documentId, long segmentId, CheckFinding finding, DateTimeOffset now)
    {
        var created = new Flag(documentId, segmentId, FlagOrigin.Automatic, finding.Category, finding.Severity, AutomaticAuthor, now)
        {
            CheckId = finding.CheckId,
            Fingerprint = finding.Fingerprint,
        };
        created.Follow(finding);
        return created;
    }

    /// <summary>Takes the offsets, wording and severity of a re-check's finding; status and answers stay.</summary>
    internal void Follow(CheckFinding finding)
    {
        Category = finding.Category;
        Severity = finding.Severity;
        Message = finding.Message;
        Suggestion = finding.Suggestion;
        SetSpans(finding.Source, finding.Target);
    }

    /// <summary>Puts the flag on a segment with new spans after an alignment repair moved its text; a side whose text is gone is dropped.</summary>
    internal void Relocate(long segmentId, TextSpan? source, TextSpan? target)
    {
        SegmentId = segmentId;
        SetSpans(source, target);
    }

    private void SetSpans(TextSpan? source, TextSpan? target)
    {
        SourceStart = source?.Start;
        SourceLength = source?.Length;
        SourceText = source?.Text;
        TargetStart = target?.Start;
        TargetLength = target?.Length;
        TargetText = target?.Text;
    }

    private void Close(FlagStatus status, string user, DateTimeOffset now)
    {
        if (Status is FlagStatus.Resolved or FlagStatus.Dismissed)
        {
            throw new ReviewValidationException($"This flag is already {Status.ToString().ToLowerInvariant()}.");
        }

        Status = status;
        ResolvedBy = user;
        ResolvedAt = now;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
