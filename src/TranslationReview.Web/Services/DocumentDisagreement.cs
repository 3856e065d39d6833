namespace TranslationReview.Web.Services;

/// <summary>
/// How much the versions of each segment of a document disagree, at one moment: a score (0–1) for every segment with
/// two or more versions, and the document's segment keys in position order.
/// </summary>
public sealed class DocumentDisagreement
{
    public DocumentDisagreement(IReadOnlyList<long> segmentIds, IReadOnlyDictionary<long, double> scores)
    {
        SegmentIds = segmentIds;
        Scores = scores;
        var order = new Dictionary<long, int>(segmentIds.Count);
        for (var i = 0; i < segmentIds.Count; i++)
        {
            order[segmentIds[i]] = i;
        }

        Ranked = [.. scores.OrderByDescending(p => p.Value).ThenBy(p => order.GetValueOrDefault(p.Key, int.MaxValue)).Select(p => p.Key)];
    }

    /// <summary>Every segment of the document, in position order.</summary>
    public IReadOnlyList<long> SegmentIds { get; }

    /// <summary>The score of each segment that has two or more versions.</summary>
    public IReadOnlyDictionary<long, double> Scores { get; }

    /// <summary>Segments with a score, highest first (document order on a tie).</summary>
    public IReadOnlyList<long> Ranked { get; }

    /// <summary>The segment keys the grid pages through for <paramref name="filter"/>.</summary>
    public IReadOnlyList<long> Order(DisagreementFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.SortByDisagreement)
        {
            var ranked = filter.MinScore is { } min ? Ranked.Where(id => Scores[id] >= min) : Ranked;
            return filter.MinScore is null ? [.. ranked, .. SegmentIds.Where(id => !Scores.ContainsKey(id))] : [.. ranked];
        }

        return filter.MinScore is { } minimum ? [.. SegmentIds.Where(id => Scores.TryGetValue(id, out var s) && s >= minimum)] : SegmentIds;
    }
}
