using System.Xml;
using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Versions;

/// <summary>
/// Finds the translation candidates that XLIFF readers keep verbatim in <see cref="Segment.PreservedXml"/>:
/// XLIFF 1.2 <c>&lt;alt-trans&gt;</c> (placed by <c>mid</c> when the unit is segmented) and XLIFF 2
/// <c>&lt;mtc:match&gt;</c> (placed by <c>ref="#segment-id"</c>); a candidate that names no segment goes to the
/// unit's first one. Labels are unique per segment: a second candidate with the same label gets " 2", and so on.
/// </summary>
public static class TranslationCandidateReader
{
    /// <summary>Every candidate of the document, in segment order; empty when it has none.</summary>
    public static IReadOnlyList<TranslationCandidate> Read(BilingualDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var candidates = new List<TranslationCandidate>();
        for (var i = 0; i < document.Segments.Count; i++)
        {
            var segment = document.Segments[i];
            if (segment.PreservedXml.Count == 0)
            {
                continue;
            }

            var unit = UnitOf(document.Segments, i);
            var labels = new Dictionary<int, HashSet<string>>();
            foreach (var xml in segment.PreservedXml)
            {
                if (Parse(xml) is not { } element)
                {
                    continue;
                }

                foreach (var (segmentId, candidate) in CandidatesIn(element))
                {
                    var index = unit.Find(segmentId) ?? i;
                    var used = labels.TryGetValue(index, out var set) ? set : labels[index] = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    candidates.Add(candidate with { SegmentIndex = index, Label = Unique(candidate.Label, used) });
                }
            }
        }

        return candidates;
    }

    private static IEnumerable<(string? SegmentId, TranslationCandidate Candidate)> CandidatesIn(XElement element) =>
        element.Name.LocalName switch
        {
            "alt-trans" => AltTransCandidates.Read(element),
            "matches" when element.Name.Namespace == MtcMatchCandidates.Namespace => MtcMatchCandidates.Read(element),
            _ => [],
        };

    private static XElement? Parse(string xml)
    {
        try
        {
            return XElement.Parse(xml, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException)
        {
            // Kept text that is not one element (a comment, a processing instruction) holds no candidate.
            return null;
        }
    }

    private static string Unique(string label, HashSet<string> used)
    {
        var unique = label;
        for (var n = 2; !used.Add(unique); n++)
        {
            unique = $"{label} {n}";
        }

        return unique;
    }

    private static UnitSegments UnitOf(IReadOnlyList<Segment> segments, int first)
    {
        var end = first + 1;
        var unitId = segments[first].UnitId;
        while (unitId is not null && end < segments.Count && segments[end].UnitId == unitId && segments[end].FileId == segments[first].FileId)
        {
            end++;
        }

        return new UnitSegments(segments, first, end);
    }

    /// <summary>The segments of one unit, found by their id within it (XLIFF 1.2 <c>mid</c>, XLIFF 2 segment <c>id</c>).</summary>
    private readonly record struct UnitSegments(IReadOnlyList<Segment> Segments, int Start, int End)
    {
        public int? Find(string? segmentId)
        {
            if (segmentId is null)
            {
                return null;
            }

            for (var i = Start; i < End; i++)
            {
                var properties = Segments[i].Properties;
                if ((properties.TryGetValue(AltTransCandidates.MidProperty, out var mid) && mid == segmentId)
                    || (properties.TryGetValue(MtcMatchCandidates.SegmentIdProperty, out var id) && id == segmentId))
                {
                    return i;
                }
            }

            return null;
        }
    }
}
