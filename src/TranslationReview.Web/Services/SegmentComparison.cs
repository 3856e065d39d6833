using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>A segment with every version of its target, oldest first and the current target last, ready to compare.</summary>
public sealed record SegmentComparison(long SegmentId, int Position, string Source, IReadOnlyList<VersionEntry> Entries)
{
    public static SegmentComparison From(SegmentVersions segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var entries = segment.Versions
            .Select((v, i) => new VersionEntry($"v{v.Id}", i + 1, v.Text, v.Label, v.Origin, v.Author, v.CreatedAt, v.Id))
            .ToList();
        if (segment.Current is { } current)
        {
            entries.Add(new VersionEntry(VersionEntry.CurrentKey, entries.Count + 1, current.Text, current.Label, current.Origin, current.Author, current.Since, null));
        }

        return new SegmentComparison(segment.SegmentId, segment.Position, segment.Source, entries);
    }

    public VersionEntry? Find(string? key) => Entries.FirstOrDefault(e => e.Key == key);

    /// <summary>The default pair: the oldest version against the current target (or the newest, when there is none).</summary>
    public (VersionEntry A, VersionEntry B)? DefaultPair => Entries.Count < 2 ? null : (Entries[0], Entries[^1]);

    /// <summary>What the translator changed: the imported or machine-translated version against the current target.</summary>
    public VersionEntry? ImportedBase =>
        Entries.FirstOrDefault(e => !e.IsCurrent && e.Origin is TargetOrigin.Imported or TargetOrigin.MachineTranslation);

    /// <summary>What the reviewer changed: the last draft someone other than the current target's author wrote.</summary>
    public VersionEntry? DraftBase
    {
        get
        {
            var author = Entries.LastOrDefault(e => e.IsCurrent)?.Author;
            return Entries.LastOrDefault(e => !e.IsCurrent && e.Origin == TargetOrigin.HumanEdit && !string.Equals(e.Author, author, StringComparison.Ordinal));
        }
    }

    public VersionEntry? Current => Entries.LastOrDefault(e => e.IsCurrent);
}
