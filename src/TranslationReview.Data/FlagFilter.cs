using TranslationReview.Core.Checks;

namespace TranslationReview.Data;

/// <summary>Which flags a list shows; an empty set or a null value means "any".</summary>
public sealed record FlagFilter
{
    /// <summary>No filter: every flag.</summary>
    public static FlagFilter None { get; } = new();

    /// <summary>Only these categories; empty for all.</summary>
    public IReadOnlyCollection<IssueCategory> Categories { get; init; } = [];

    /// <summary>Only these severities; empty for all.</summary>
    public IReadOnlyCollection<Severity> Severities { get; init; } = [];

    /// <summary>Only these statuses; empty for all.</summary>
    public IReadOnlyCollection<FlagStatus> Statuses { get; init; } = [];

    /// <summary>Only flags this person raised (exact name), or null for anyone.</summary>
    public string? Author { get; init; }

    /// <summary>Only manual or only automatic flags, or null for both.</summary>
    public FlagOrigin? Origin { get; init; }
}
