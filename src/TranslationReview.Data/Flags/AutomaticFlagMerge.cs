namespace TranslationReview.Data.Flags;

/// <summary>
/// Matches a re-check's findings to the automatic flags already stored, by segment and fingerprint: a finding that
/// was flagged before keeps its flag (its id, status, answers and dismissal; offsets follow the text), a new one
/// becomes an open flag, and a flag whose finding is gone is removed.
/// </summary>
internal sealed class AutomaticFlagMerge
{
    private readonly Dictionary<(long SegmentId, string Fingerprint), Queue<Flag>> _existing = [];

    public AutomaticFlagMerge(IEnumerable<Flag> existing)
    {
        // Flags in key order, so two identical findings in one segment meet their flags in the same order each run.
        foreach (var flag in existing.OrderBy(f => f.Id))
        {
            var key = (flag.SegmentId, flag.Fingerprint ?? string.Empty);
            if (!_existing.TryGetValue(key, out var queue))
            {
                _existing[key] = queue = new Queue<Flag>();
            }

            queue.Enqueue(flag);
        }
    }

    /// <summary>Flags to add for findings seen for the first time.</summary>
    public List<Flag> Added { get; } = [];

    /// <summary>How many findings kept their flag.</summary>
    public int Kept { get; private set; }

    /// <summary>Takes one finding: it follows its old flag, or becomes a new one.</summary>
    public void Take(int documentId, SegmentFinding finding, DateTimeOffset now)
    {
        if (_existing.TryGetValue((finding.SegmentId, finding.Finding.Fingerprint), out var queue) && queue.TryDequeue(out var flag))
        {
            flag.Follow(finding.Finding);
            Kept++;
        }
        else
        {
            Added.Add(Flag.Automatic(documentId, finding.SegmentId, finding.Finding, now));
        }
    }

    /// <summary>The stored flags no finding matched: their problem is gone.</summary>
    public IEnumerable<Flag> Unmatched() => _existing.Values.SelectMany(q => q);
}
