using System.Xml.Linq;
using TranslationReview.Core.Formats.Xliff2;

namespace TranslationReview.Core.Versions;

/// <summary>
/// Reads an XLIFF 2 <c>&lt;mtc:matches&gt;</c>: one candidate per <c>&lt;mtc:match&gt;</c> with a target, labelled by
/// its <c>origin</c> or else its <c>type</c>; <c>type="mt"</c> marks machine translation.
/// </summary>
internal static class MtcMatchCandidates
{
    public static readonly XNamespace Namespace = "urn:oasis:names:tc:xliff:matches:2.0";

    /// <summary>The segment property holding the XLIFF 2 segment's <c>id</c> attribute.</summary>
    public const string SegmentIdProperty = Xliff2Keys.SegmentAttribute + "id";

    public static IEnumerable<(string? SegmentId, TranslationCandidate Candidate)> Read(XElement matches)
    {
        foreach (var match in matches.Elements(Namespace + "match"))
        {
            var target = match.Elements().FirstOrDefault(e => e.Name.LocalName == "target");
            if (target is null)
            {
                continue;
            }

            var content = Xliff2ContentReader.Read(target, OriginalData(match));
            if (content.PlainText.Trim().Length == 0)
            {
                continue;
            }

            var type = NonEmpty((string?)match.Attribute("type"));
            var label = NonEmpty((string?)match.Attribute("origin")) ?? type switch
            {
                "mt" => "Machine translation",
                "tm" => "Translation memory",
                "tb" => "Termbase",
                "am" => "Assembled match",
                "ebm" => "Example-based match",
                "idm" => "ID-based match",
                "icm" => "In-context match",
                null => "Match",
                _ => type,
            };
            var reference = NonEmpty((string?)match.Attribute("ref"));
            var segmentId = reference is not null && reference.StartsWith('#') ? reference[1..] : null;
            yield return (segmentId, new TranslationCandidate(0, content, label, type == "mt"));
        }
    }

    private static Dictionary<string, string> OriginalData(XElement match)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in match.Elements().Where(e => e.Name.LocalName == "originalData").SelectMany(e => e.Elements()))
        {
            if ((string?)element.Attribute("id") is { } id)
            {
                data[id] = Xliff2ContentReader.DecodeText(element);
            }
        }

        return data;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
