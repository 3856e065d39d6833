using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>One version of a segment's target in the versions panel: an earlier or alternative target, or the current one.</summary>
/// <param name="Key">Stable key within the segment: "v{id}" for a kept version, "current" for the current target.</param>
/// <param name="Number">1 for the oldest version, counting up to the current target.</param>
/// <param name="Text">The target as plain text.</param>
/// <param name="Label">For example "Imported", "MT engine B" or "Edit by olena".</param>
/// <param name="Origin">Where the text came from.</param>
/// <param name="Author">Who wrote it, when a person did.</param>
/// <param name="Time">When it stopped being current (a kept version) or became current (the current target).</param>
/// <param name="VersionId">The kept version's key, to make it current; null for the current target.</param>
/// <param name="IsAlternative">True for an alternative translation (another engine, a second translation), false for the target's own history.</param>
public sealed record VersionEntry(
    string Key, int Number, string Text, string Label, TargetOrigin Origin, string? Author, DateTimeOffset Time, long? VersionId, bool IsAlternative = false)
{
    public const string CurrentKey = "current";

    public bool IsCurrent => VersionId is null;

    /// <summary>How pickers and rows name the version: "3 · Edit by olena (current)".</summary>
    public string Title => $"{Number} · {Label}{(IsCurrent ? " (current)" : "")}";
}
