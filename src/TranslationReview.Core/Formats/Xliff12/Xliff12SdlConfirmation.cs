using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Xliff12;

/// <summary>
/// Trados Studio (<c>.sdlxliff</c>) keeps each segment's confirmation level in
/// <c>&lt;sdl:seg-defs&gt;&lt;sdl:seg id="mid" conf="…"/&gt;</c>, not in XLIFF states. When a unit has them they
/// decide its segments' states: no level (Trados "Not Translated") → New; <c>Draft</c> → NeedsReview (a translation
/// nobody confirmed yet); <c>Translated</c> → Translated; <c>RejectedTranslation</c>/<c>RejectedSignOff</c> →
/// Rejected; <c>ApprovedTranslation</c>/<c>ApprovedSignOff</c> → Approved. Writing maps back the same way, keeping
/// the file's own level when it still means the segment's state.
/// </summary>
internal static class Xliff12SdlConfirmation
{
    public static readonly XNamespace Sdl = "http://sdl.com/FileTypes/SdlXliff/1.0";

    /// <summary>The confirmation levels of a unit by segment id, or null when the unit has no SDL segment definitions.</summary>
    public static Dictionary<string, string?>? ReadLevels(XElement unit)
    {
        if (unit.Element(Sdl + "seg-defs") is not { } definitions)
        {
            return null;
        }

        var levels = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var seg in definitions.Elements(Sdl + "seg"))
        {
            if ((string?)seg.Attribute("id") is { } id)
            {
                levels[id] = (string?)seg.Attribute("conf");
            }
        }

        return levels;
    }

    public static SegmentState ToState(string? level) => level switch
    {
        "Draft" => SegmentState.NeedsReview,
        "Translated" => SegmentState.Translated,
        "RejectedTranslation" or "RejectedSignOff" => SegmentState.Rejected,
        "ApprovedTranslation" or "ApprovedSignOff" => SegmentState.Approved,
        _ => SegmentState.New,
    };

    /// <summary>Sets the level of each segment in the unit's (already written) <c>&lt;sdl:seg-defs&gt;</c>.</summary>
    public static void WriteLevels(XElement unit, IReadOnlyList<Segment> segments)
    {
        if (unit.Element(Sdl + "seg-defs") is not { } definitions)
        {
            return;
        }

        foreach (var segment in segments)
        {
            if (segment.Properties.GetValueOrDefault(Xliff12Names.Mid) is not { } mid)
            {
                continue;
            }

            var seg = definitions.Elements(Sdl + "seg").FirstOrDefault(s => (string?)s.Attribute("id") == mid);
            var current = (string?)seg?.Attribute("conf");
            if (ToState(current) == segment.State)
            {
                continue;
            }

            if (seg is null)
            {
                seg = new XElement(Sdl + "seg", new XAttribute("id", mid));
                definitions.Add(seg);
            }

            seg.SetAttributeValue("conf", FromState(segment.State));
        }
    }

    private static string? FromState(SegmentState state) => state switch
    {
        SegmentState.NeedsReview => "Draft",
        SegmentState.Translated => "Translated",
        SegmentState.Rejected => "RejectedTranslation",
        SegmentState.Approved => "ApprovedTranslation",
        _ => null,
    };
}
