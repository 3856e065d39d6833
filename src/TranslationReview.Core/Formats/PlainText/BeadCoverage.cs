using TranslationReview.Core.Alignment;

namespace TranslationReview.Core.Formats.PlainText;

/// <summary>
/// Checks the <see cref="ISentenceAligner"/> contract before beads become segments: every sentence of both
/// texts exactly once, in order. A broken aligner would otherwise lose or duplicate a translator's sentences.
/// </summary>
internal static class BeadCoverage
{
    public static void Verify(IReadOnlyList<Bead> beads, int sourceCount, int targetCount)
    {
        int nextSource = 0, nextTarget = 0;
        foreach (var bead in beads)
        {
            if (bead.SourceIndices.Count == 0 && bead.TargetIndices.Count == 0)
            {
                throw new InvalidOperationException("The aligner returned an empty bead.");
            }

            nextSource = Advance(bead.SourceIndices, nextSource, "source", bead);
            nextTarget = Advance(bead.TargetIndices, nextTarget, "target", bead);
        }

        if (nextSource != sourceCount || nextTarget != targetCount)
        {
            throw new InvalidOperationException(
                $"The aligner covered {nextSource} of {sourceCount} source and {nextTarget} of {targetCount} target sentences.");
        }
    }

    private static int Advance(IReadOnlyList<int> indices, int next, string side, Bead bead)
    {
        foreach (var index in indices)
        {
            if (index != next)
            {
                throw new InvalidOperationException(
                    $"The aligner's bead {bead} skips or repeats {side} sentence {next}.");
            }

            next++;
        }

        return next;
    }
}
