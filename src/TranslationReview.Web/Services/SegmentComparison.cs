using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>A segment with every version of its target, oldest first and the current target last, ready to compare.</summary>
public sealed record SegmentComparison(long SegmentId, int Position, string Source, IReadOnlyList<VersionEntry> Entries)
{
    public static SegmentComparison From(SegmentVersions segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var entries = segment.Versions
            .Select((v, i) => new VersionEntry($"v{v.Id}", i + 1, v.Text, v.Label, v.Origin, v.Author, v.CreatedAt, v.Id, v.IsAlternative))
            .ToList();
        if (segment.Current is { } current)
        {
            entries.Add(new VersionEntry(VersionEntry.CurrentKey, entries.Count + 1, current.Text, current.Label, current.Origin, current.Author, current.Since, null));
        }

        return new SegmentComparison(segment.SegmentId, segment.Position, segment.Source, entries);
    }

    public VersionEntry? Find(string? key) => Entries.FirstOrDefault(e => e.Key == key);

    /// <summary>
    /// The pair the panel opens with: the target's oldest earlier version against the current target (what changed
    /// since the file came in); when the target has no history, the current target against the first alternative
    /// (what another translation does differently).
    /// </summary>
    public (VersionEntry A, VersionEntry B)? DefaultPair
    {
        get
        {
            if (Current is not { } current)
            {
                return Entries.Count < 2 ? null : (Entries[0], Entries[^1]);
            }

            var earlier = Entries.FirstOrDefault(e => !e.IsCurrent && !e.IsAlternative);
            var alternative = Entries.FirstOrDefault(e => e.IsAlternative);
            return earlier is not null ? (earlier, current) : alternative is not null ? (current, alternative) : null;
        }
    }

    /// <summary>What the translator changed: the imported or machine-translated earlier target against the current one.</summary>
    public VersionEntry? ImportedBase =>
        Entries.FirstOrDefault(e => !e.IsCurrent && !e.IsAlternative && e.Origin is TargetOrigin.Imported or TargetOrigin.MachineTranslation);

    /// <summary>What the reviewer changed: the last draft someone other than the current target's author wrote.</summary>
    public VersionEntry? DraftBase
    {
        get
        {
            var author = Current?.Author;
            return Entries.LastOrDefault(e => !e.IsCurrent && !e.IsAlternative && e.Origin == TargetOrigin.HumanEdit && !string.Equals(e.Author, author, StringComparison.Ordinal));
        }
    }

    public VersionEntry? Current => Entries.LastOrDefault(e => e.IsCurrent);
}
