namespace TranslationReview.Data;

/// <summary>
/// A segment's current target and every earlier or alternative target, as comparisons need them: versions oldest
/// first, then the current target.
/// </summary>
/// <param name="SegmentId">The segment's key.</param>
/// <param name="Position">The segment's number in its document.</param>
/// <param name="Source">The source as plain text.</param>
/// <param name="Current">The current target, or null when the segment has none.</param>
/// <param name="Versions">Earlier and alternative targets, oldest first.</param>
public sealed record SegmentVersions(long SegmentId, int Position, string Source, CurrentTargetRow? Current, IReadOnlyList<TargetVersionRow> Versions)
{
    /// <summary>Every text to compare: the versions oldest first, then the current target (empty texts left out).</summary>
    public IReadOnlyList<string> Texts()
    {
        var texts = new List<string>(Versions.Count + 1);
        texts.AddRange(Versions.Where(v => v.Text.Length > 0).Select(v => v.Text));
        if (Current is { Text.Length: > 0 } current)
        {
            texts.Add(current.Text);
        }

        return texts;
    }

    /// <summary>
    /// The text the current target is compared with to see what changed since <paramref name="since"/>: the oldest
    /// version whose label is <paramref name="since"/> (case-insensitive) or whose origin is named so
    /// (<see cref="TargetOrigins.TryParse"/>); <see cref="TargetOrigins.Original"/> matches what came with a file,
    /// imported or machine translation. An origin looks at the target's own history only: an alternative (another
    /// engine's candidate, a second translation) is a base only when asked for by its label. When only the current
    /// target matches, it is its own base (nothing changed); null when nothing matches.
    /// </summary>
    public string? BaseText(string since)
    {
        ArgumentNullException.ThrowIfNull(since);
        var origin = TargetOrigins.TryParse(since);
        var original = string.Equals(since.Trim(), TargetOrigins.Original, StringComparison.OrdinalIgnoreCase);
        bool Matches(string label, TargetOrigin o, bool alternative) =>
            string.Equals(label, since.Trim(), StringComparison.OrdinalIgnoreCase)
            || (!alternative && (o == origin || (original && o is TargetOrigin.Imported or TargetOrigin.MachineTranslation)));

        var version = Versions.FirstOrDefault(v => Matches(v.Label, v.Origin, v.IsAlternative));
        return version is not null ? version.Text
            : Current is { } current && Matches(current.Label, current.Origin, alternative: false) ? current.Text
            : null;
    }

    /// <summary>
    /// The last earlier target a person other than the current target's author wrote (the translator's last draft,
    /// when a reviewer made the current target), or null; alternatives are not drafts.
    /// </summary>
    public TargetVersionRow? LastDraftByOther() =>
        Versions.LastOrDefault(v => !v.IsAlternative && v.Origin == TargetOrigin.HumanEdit && !string.Equals(v.Author, Current?.Author, StringComparison.Ordinal));
}
