using Microsoft.EntityFrameworkCore;

namespace TranslationReview.Data.Flags;

/// <summary>Reads flags as rows, with their segment's number, in document order.</summary>
internal static class FlagQueries
{
    /// <summary>The flags in document order: by segment number, then by where they start in the text.</summary>
    public static async Task<IReadOnlyList<FlagRow>> RowsAsync(ReviewDbContext db, IQueryable<Flag> flags, CancellationToken cancellationToken)
    {
        var found = await (
                from flag in flags.AsNoTracking()
                join segment in db.Segments on flag.SegmentId equals segment.Id
                orderby segment.Position, flag.TargetStart ?? flag.SourceStart ?? -1, flag.Id
                select new { Flag = flag, segment.Position })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. found.Select(f => From(f.Flag, f.Position))];
    }

    /// <summary>Narrows flags to a filter; empty sets and nulls mean "any".</summary>
    public static IQueryable<Flag> Apply(IQueryable<Flag> flags, FlagFilter filter)
    {
        if (filter.Categories.Count > 0)
        {
            var categories = filter.Categories.ToList();
            flags = flags.Where(f => categories.Contains(f.Category));
        }

        if (filter.Severities.Count > 0)
        {
            var severities = filter.Severities.ToList();
            flags = flags.Where(f => severities.Contains(f.Severity));
        }

        if (filter.Statuses.Count > 0)
        {
            var statuses = filter.Statuses.ToList();
            flags = flags.Where(f => statuses.Contains(f.Status));
        }

        if (!string.IsNullOrWhiteSpace(filter.Author))
        {
            var author = filter.Author.Trim();
            flags = flags.Where(f => f.Author == author);
        }

        if (filter.Origin is { } origin)
        {
            flags = flags.Where(f => f.Origin == origin);
        }

        return flags;
    }

    /// <summary>The row of a flag on the segment at <paramref name="position"/>.</summary>
    public static FlagRow From(Flag flag, int position) => new(
        flag.Id,
        flag.SegmentId,
        position,
        flag.Origin,
        flag.CheckId,
        flag.Category,
        flag.Severity,
        flag.Status,
        flag.Source,
        flag.Target,
        flag.Message,
        flag.Comment,
        flag.Suggestion,
        flag.Author,
        flag.CreatedAt,
        flag.AnswerComment,
        flag.AnsweredBy,
        flag.ResolvedBy)
    {
        DocumentId = flag.DocumentId,
    };
}
