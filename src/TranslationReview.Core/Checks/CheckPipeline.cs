namespace TranslationReview.Core.Checks;

/// <summary>Runs a set of checks over a document and returns their findings in document order.</summary>
public sealed class CheckPipeline
{
    /// <summary>Creates a pipeline of the given checks.</summary>
    public CheckPipeline(IEnumerable<ICheck> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        Checks = [.. checks];
        var duplicate = Checks.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two checks share the id '{duplicate.Key}'; check ids must be unique.", nameof(checks));
        }
    }

    /// <summary>The checks, in the order they run.</summary>
    public IReadOnlyList<ICheck> Checks { get; }

    /// <summary>Every built-in check.</summary>
    public static CheckPipeline CreateDefault() => new(
    [
        // One line per check; keep them grouped by area.
        new Terms.GlossaryMissingCheck(),
        new Terms.GlossaryForbiddenCheck(),
        new Terms.TerminologyConsistencyCheck(),
    ]);

    /// <summary>Runs every check; findings are ordered by segment, then by target offset, then by check id.</summary>
    public IReadOnlyList<CheckFinding> Run(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var findings = new List<CheckFinding>();
        foreach (var check in Checks)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            findings.AddRange(check.Run(context));
        }

        return [.. findings
            .OrderBy(f => f.SegmentNumber)
            .ThenBy(f => f.Target?.Start ?? -1)
            .ThenBy(f => f.Source?.Start ?? -1)
            .ThenBy(f => f.CheckId, StringComparer.Ordinal)];
    }
}
