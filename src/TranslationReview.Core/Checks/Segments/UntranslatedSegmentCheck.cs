using TranslationReview.Core.Diffing;

namespace TranslationReview.Core.Checks.Segments;

/// <summary>
/// <c>segment.untranslated</c>: the target repeats the source, or carries source-alphabet text left untranslated (a
/// Cyrillic sentence or phrase in an English target). Segments that legitimately stay the same — numbers, codes,
/// URLs, names written in the target's alphabet — are left alone.
/// </summary>
public sealed class UntranslatedSegmentCheck : ICheck
{
    /// <summary>The check's id.</summary>
    public const string CheckId = "segment.untranslated";

    /// <inheritdoc />
    public string Id => CheckId;

    /// <inheritdoc />
    public IEnumerable<CheckFinding> Run(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sourceScript = LetterScripts.OfLanguage(context.Document.SourceLanguage);
        var targetScript = LetterScripts.OfLanguage(context.Document.TargetLanguage);
        var findings = new List<CheckFinding>();
        foreach (var segment in context.Document.Segments)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(segment.Target) || !segment.Source.Any(char.IsLetter))
            {
                continue;
            }

            if (CopiedText.SameWords(segment.Source, segment.Target))
            {
                if (!CopiedText.MayStayUnchanged(segment.Source, targetScript))
                {
                    findings.Add(new CheckFinding(segment.Number, CheckId, IssueCategory.Untranslated, Severity.Major,
                        SegmentText.Trimmed(segment.Source), SegmentText.Trimmed(segment.Target),
                        "The target repeats the source: the segment has not been translated.", null));
                }

                continue;
            }

            if (sourceScript != LetterScript.Other && targetScript != LetterScript.Other && sourceScript != targetScript)
            {
                findings.AddRange(ForeignRuns(segment, sourceScript, targetScript));
            }
        }

        return findings;
    }

    private static IEnumerable<CheckFinding> ForeignRuns(CheckSegment segment, LetterScript sourceScript, LetterScript targetScript)
    {
        // Latin names, brands and acronyms are normal in Cyrillic text; only a copied stretch of prose is not.
        var runs = ForeignRun.Find(segment.Target, sourceScript)
            .Where(r => targetScript != LetterScript.Cyrillic || LooksLikeCopiedSentence(segment.Target.Substring(r.Start, r.Length), segment.Source))
            .ToList();
        if (runs.Count == 0)
        {
            yield break;
        }

        var scriptName = sourceScript == LetterScript.Cyrillic ? "Cyrillic" : "Latin";
        var foreignLetters = runs.Sum(r => r.Letters);
        if (foreignLetters * 2 >= SegmentText.LetterCount(segment.Target))
        {
            yield return new CheckFinding(segment.Number, CheckId, IssueCategory.Untranslated, Severity.Major,
                null, SegmentText.Trimmed(segment.Target),
                $"Most of the target is untranslated {scriptName} text copied from the source.", null);
            yield break;
        }

        foreach (var run in runs)
        {
            var span = TextSpan.Of(segment.Target, run.Start, run.Length);
            var gloss = run.IsEnclosed(segment.Target);
            yield return new CheckFinding(segment.Number, CheckId, IssueCategory.Untranslated, gloss ? Severity.Minor : Severity.Major,
                null, span,
                gloss
                    ? $"{scriptName} text “{span.Text}” in brackets or quotes: keep it only as a deliberate gloss of the original."
                    : $"{scriptName} text “{span.Text}” is left untranslated in the target.",
                null);
        }
    }

    private static bool LooksLikeCopiedSentence(string run, string source)
    {
        var words = WordTokenizer.Tokenize(run).Where(t => t.Kind == TextTokenKind.Word).ToList();
        return words.Count >= 3
            && words.Count(w => char.IsLower(w.Text[0])) >= 2
            && source.Contains(run, StringComparison.OrdinalIgnoreCase);
    }
}
