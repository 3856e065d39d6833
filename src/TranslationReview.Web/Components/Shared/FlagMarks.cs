using TranslationReview.Core.Checks;
using TranslationReview.Data;

namespace TranslationReview.Web.Components.Shared;

/// <summary>Turns a segment's flags into the marks of one side of its text, with the tooltip each mark shows.</summary>
public static class FlagMarks
{
    /// <summary>Resolved and dismissed flags are settled; the text marks only what still needs attention.</summary>
    public static bool IsMarked(FlagRow flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        return flag.Status is FlagStatus.Open or FlagStatus.Fixed or FlagStatus.Disputed;
    }

    /// <summary>The marks of the flags with a span on <paramref name="side"/>.</summary>
    public static IReadOnlyList<FlagMark> Of(IEnumerable<FlagRow> flags, FlagSide side) =>
        [.. flags.Select(f => (Flag: f, Span: side == FlagSide.Source ? f.Source : f.Target))
            .Where(x => x.Span is not null)
            .Select(x => new FlagMark(x.Flag.Id, x.Span!.Start, x.Span.Length, x.Flag.Severity, x.Flag.Origin == FlagOrigin.Automatic, LabelOf(x.Flag)))];

    /// <summary>The tooltip of a mark: category, severity, status, who raised it, and what the flag says.</summary>
    public static string LabelOf(FlagRow flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        var origin = flag.Origin == FlagOrigin.Automatic ? $"check {flag.CheckId}" : $"flag by {flag.Author}";
        var parts = new List<string> { $"{flag.Category.ToName()} · {FlagDialog.SeverityName(flag.Severity)} · {flag.Status.ToString().ToLowerInvariant()} ({origin})" };
        foreach (var note in new[] { flag.Message, flag.Comment })
        {
            if (!string.IsNullOrWhiteSpace(note))
            {
                parts.Add(note);
            }
        }

        if (!string.IsNullOrWhiteSpace(flag.Suggestion))
        {
            parts.Add($"Suggestion: {flag.Suggestion}");
        }

        return string.Join(" — ", parts);
    }
}
