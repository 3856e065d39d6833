using System.Text;
using TranslationReview.Core.Alignment;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats.PlainText;

namespace TranslationReview.Core.Versions;

/// <summary>
/// Places another translation of a document's source on the document's existing segments. A bilingual file matches
/// by position when its sources are the document's, segment for segment; otherwise each incoming segment finds the
/// next unused existing segment with the same normalized source (Unicode NFC, case and runs of white space ignored).
/// Plain text is aligned sentence by sentence against the existing sources, which count as pre-segmented.
/// </summary>
public static class AlternativeMatcher
{
    /// <summary>The confidence of a placement that is a guess: empty parts of a many-to-one bead, sentences without a source.</summary>
    public const double LowConfidence = 0.0;

    /// <summary>Matches the segments of a bilingual file; incoming segments without a translation are skipped.</summary>
    public static AlternativeMatch MatchSegments(IReadOnlyList<string> existingSources, IReadOnlyList<Segment> incoming)
    {
        ArgumentNullException.ThrowIfNull(existingSources);
        ArgumentNullException.ThrowIfNull(incoming);
        var existingKeys = existingSources.Select(SourceKey).ToList();
        var byPosition = existingKeys.Count == incoming.Count
            && existingKeys.Zip(incoming, (key, segment) => key == SourceKey(segment.Source.PlainText)).All(same => same);

        var indexOf = new int?[incoming.Count];
        if (byPosition)
        {
            for (var i = 0; i < incoming.Count; i++)
            {
                indexOf[i] = i;
            }
        }
        else
        {
            var free = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
            for (var i = 0; i < existingKeys.Count; i++)
            {
                (free.TryGetValue(existingKeys[i], out var queue) ? queue : free[existingKeys[i]] = new Queue<int>()).Enqueue(i);
            }

            for (var i = 0; i < incoming.Count; i++)
            {
                if (free.TryGetValue(SourceKey(incoming[i].Source.PlainText), out var queue) && queue.Count > 0)
                {
                    indexOf[i] = queue.Dequeue();
                }
            }
        }

        var targets = new List<AlternativeTarget>();
        var unmatched = 0;
        for (var i = 0; i < incoming.Count; i++)
        {
            if (incoming[i].Target is not { } target || target.PlainText.Trim().Length == 0)
            {
                continue;
            }

            if (indexOf[i] is { } index)
            {
                targets.Add(new AlternativeTarget(index, target, 1.0));
            }
            else
            {
                unmatched++;
            }
        }

        targets.Sort((a, b) => a.SegmentIndex.CompareTo(b.SegmentIndex));
        return new AlternativeMatch(targets, indexOf, unmatched, byPosition);
    }

    /// <summary>
    /// Aligns the sentences of a plain-text translation with the existing sources (each existing segment is one
    /// unit). A bead's target sentences go to its first source segment with the bead's confidence; its other source
    /// segments get an empty alternative marked <see cref="LowConfidence"/>, as does a source segment with no target.
    /// Target sentences with no source segment are appended to the previous alternative (prepended to the first when
    /// they open the text), which then counts as low confidence, so no sentence is lost.
    /// </summary>
    public static AlternativeMatch AlignSentences(
        IReadOnlyList<string> existingSources, IReadOnlyList<string> targetSentences, ISentenceAligner aligner, string sourceLanguage, string targetLanguage)
    {
        ArgumentNullException.ThrowIfNull(existingSources);
        ArgumentNullException.ThrowIfNull(targetSentences);
        ArgumentNullException.ThrowIfNull(aligner);
        var beads = aligner.Align(existingSources, targetSentences, sourceLanguage, targetLanguage);
        var texts = new List<string>[existingSources.Count];
        var confidence = new double[existingSources.Count];
        var orphans = new List<string>();
        var unmatched = 0;
        var last = -1;
        foreach (var bead in beads)
        {
            var sentences = bead.TargetIndices.Select(i => targetSentences[i]).ToList();
            if (bead.SourceIndices.Count == 0)
            {
                unmatched += sentences.Count;
                if (last >= 0)
                {
                    texts[last].AddRange(sentences);
                    confidence[last] = LowConfidence;
                }
                else
                {
                    orphans.AddRange(sentences);
                }

                continue;
            }

            for (var k = 0; k < bead.SourceIndices.Count; k++)
            {
                var index = bead.SourceIndices[k];
                var first = k == 0 && sentences.Count > 0;
                texts[index] = first ? [.. orphans, .. sentences] : [];
                confidence[index] = first && orphans.Count == 0 ? bead.Confidence : LowConfidence;
                if (first)
                {
                    orphans.Clear();
                    last = index;
                }
            }
        }

        if (orphans.Count > 0 && existingSources.Count > 0)
        {
            // No source segment took a translation at all: keep the sentences on the first segment.
            texts[0] = [.. texts[0] ?? [], .. orphans];
            confidence[0] = LowConfidence;
        }

        var targets = new List<AlternativeTarget>(existingSources.Count);
        for (var i = 0; i < existingSources.Count; i++)
        {
            var text = SentenceJoiner.Join(texts[i] ?? []);
            targets.Add(new AlternativeTarget(i, text.Length == 0 ? SegmentContent.Empty : SegmentContent.FromText(text), confidence[i]));
        }

        return new AlternativeMatch(targets, [], unmatched, ByPosition: false);
    }

    /// <summary>The form two sources are compared in: NFC, lower case, white space runs as one space, trimmed.</summary>
    public static string SourceKey(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var folded = source.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                if (key.Length > 0 && key[^1] != ' ')
                {
                    key.Append(' ');
                }
            }
            else
            {
                key.Append(c);
            }
        }

        return key.ToString().TrimEnd();
    }
}
