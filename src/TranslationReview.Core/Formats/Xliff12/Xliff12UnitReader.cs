using System.Globalization;
using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Xliff12;

/// <summary>
/// Reads one <c>&lt;trans-unit&gt;</c>: one segment per <c>&lt;mrk mtype="seg"&gt;</c> of its
/// <c>&lt;seg-source&gt;</c> when it is segmented, one segment for the whole unit otherwise.
/// </summary>
internal sealed class Xliff12UnitReader
{
    private readonly XNamespace _ns;
    private readonly string _fileName;

    public Xliff12UnitReader(XNamespace ns, string fileName)
    {
        _ns = ns;
        _fileName = fileName;
    }

    /// <summary>The segments of <paramref name="unit"/>; ids are made unique by the caller.</summary>
    public IReadOnlyList<Segment> Read(XElement unit, string? fileId, string groupPath, int ordinal)
    {
        var unitId = (string?)unit.Attribute("id")
            ?? throw SecureXml.ErrorAt(_fileName, unit, "<trans-unit> has no id attribute");
        var source = unit.Element(_ns + "source")
            ?? throw SecureXml.ErrorAt(_fileName, unit, $"<trans-unit id=\"{unitId}\"> has no <source>");
        var target = unit.Element(_ns + "target");

        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Xliff12Names.UnitOrdinal] = ordinal.ToString(CultureInfo.InvariantCulture),
        };
        if (groupPath.Length > 0)
        {
            properties[Xliff12Names.GroupPath] = groupPath;
        }

        Collect(unit, string.Empty, "id", properties);
        Collect(source, Xliff12Names.SourcePrefix, null, properties);
        if (target is not null)
        {
            Collect(target, Xliff12Names.TargetPrefix, null, properties);
        }

        var notes = unit.Elements(_ns + "note").Select(n => new Note(n.Value, (string?)n.Attribute("from"))).ToList();
        var preserved = unit.Elements()
            .Where(e => e.Name != _ns + "source" && e.Name != _ns + "seg-source" && e.Name != _ns + "target" && e.Name != _ns + "note")
            .Select(e => e.ToString(SaveOptions.DisableFormatting))
            .ToList();

        var segSource = unit.Element(_ns + "seg-source");
        var segmentMarkers = segSource is null ? [] : SegmentMarkers(segSource);
        if (segmentMarkers.Count == 0)
        {
            var sourceContent = Xliff12InlineReader.Read(source, _ns);
            var targetContent = target is null ? null : Xliff12InlineReader.Read(target, _ns);
            return [new Segment(unitId, sourceContent, targetContent, StateOf(unit, target, targetContent))
            {
                UnitId = unitId,
                FileId = fileId,
                Notes = notes,
                Properties = properties,
                PreservedXml = preserved,
            }];
        }

        properties[Xliff12Names.SegSourceSkeleton] = Skeleton(segSource!);
        if (target is not null && SegmentMarkers(target).Count > 0)
        {
            properties[Xliff12Names.TargetSkeleton] = Skeleton(target);
        }

        return Segmented(unit, unitId, fileId, segmentMarkers, target, properties, notes, preserved);
    }

    private List<Segment> Segmented(
        XElement unit, string unitId, string? fileId, List<XElement> markers, XElement? target,
        Dictionary<string, string> properties, List<Note> notes, List<string> preserved)
    {
        var targetMarkers = target is null ? [] : SegmentMarkers(target)
            .GroupBy(m => (string?)m.Attribute("mid") ?? string.Empty)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var targets = new SegmentContent?[markers.Count];
        for (var i = 0; i < markers.Count; i++)
        {
            var mid = (string?)markers[i].Attribute("mid") ?? i.ToString(CultureInfo.InvariantCulture);
            if (targetMarkers.TryGetValue(mid, out var targetMarker))
            {
                targets[i] = Xliff12InlineReader.Read(targetMarker, _ns);
            }
            else if (target is not null && targetMarkers.Count == 0 && i == 0)
            {
                // A target that was never segmented belongs to the unit; it goes with the first segment.
                targets[i] = Xliff12InlineReader.Read(target, _ns);
            }
        }

        // The target's state (or, without one, whether any of it is translated) holds for every segment of the unit.
        var state = StateOf(unit, target, targets.FirstOrDefault(t => t is { PlainText.Length: > 0 } || t?.HasCodes == true));
        var sdlLevels = Xliff12SdlConfirmation.ReadLevels(unit);
        var segments = new List<Segment>(markers.Count);
        for (var i = 0; i < markers.Count; i++)
        {
            var marker = markers[i];
            var mid = (string?)marker.Attribute("mid") ?? i.ToString(CultureInfo.InvariantCulture);
            var segmentProperties = new Dictionary<string, string>(properties, StringComparer.Ordinal)
            {
                [Xliff12Names.Mid] = mid,
            };
            if (GapBefore(marker) is { Length: > 0 } gap)
            {
                segmentProperties[Xliff12Names.GapBefore] = gap;
            }

            if (i == markers.Count - 1 && GapAfter(marker) is { Length: > 0 } tail)
            {
                segmentProperties[Xliff12Names.GapAfter] = tail;
            }

            var segmentState = sdlLevels is null ? state : Xliff12SdlConfirmation.ToState(sdlLevels.GetValueOrDefault(mid));
            segments.Add(new Segment(unitId + "/" + mid, Xliff12InlineReader.Read(marker, _ns), targets[i], segmentState)
            {
                UnitId = unitId,
                FileId = fileId,
                Notes = i == 0 ? notes : [],
                Properties = segmentProperties,
                PreservedXml = i == 0 ? preserved : [],
            });
        }

        return segments;
    }

    private static SegmentState StateOf(XElement unit, XElement? target, SegmentContent? content) =>
        Xliff12StateMapping.Read(
            (string?)target?.Attribute("state"),
            (string?)target?.Attribute("state-qualifier"),
            (string?)unit.Attribute("approved"),
            content is { PlainText.Length: > 0 } || content?.HasCodes == true);

    /// <summary>
    /// The container with its segment markers emptied: what lies around the segments (spaces, or codes such as a
    /// Trados <c>&lt;g&gt;</c> wrapping a whole paragraph), so the writer puts the segments back into the same frame.
    /// </summary>
    private string Skeleton(XElement container)
    {
        var copy = new XElement(_ns + "skeleton", container.Nodes());
        foreach (var marker in SegmentMarkers(copy))
        {
            marker.RemoveNodes();
        }

        return copy.ToString(SaveOptions.DisableFormatting);
    }

    private List<XElement> SegmentMarkers(XElement container) =>
        [.. container.Descendants(_ns + "mrk").Where(m => (string?)m.Attribute("mtype") == "seg")];

    /// <summary>Plain text between the previous segment marker (or the start) and this one, such as the space between sentences.</summary>
    private static string GapBefore(XElement marker) =>
        string.Concat(marker.NodesBeforeSelf().Reverse().TakeWhile(n => n is not XElement).Reverse().OfType<XText>().Select(t => t.Value));

    private static string GapAfter(XElement marker) =>
        string.Concat(marker.NodesAfterSelf().TakeWhile(n => n is not XElement).OfType<XText>().Select(t => t.Value));

    private static void Collect(XElement element, string prefix, string? skip, Dictionary<string, string> properties)
    {
        foreach (var attribute in element.Attributes())
        {
            if (!attribute.IsNamespaceDeclaration && attribute.Name.LocalName != skip)
            {
                properties[prefix + Xliff12Names.QualifiedName(attribute)] = attribute.Value;
            }
        }
    }
}
