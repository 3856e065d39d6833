using System.Globalization;
using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Xliff12;

/// <summary>Builds one <c>&lt;trans-unit&gt;</c> from the segments of a unit.</summary>
internal sealed class Xliff12UnitBuilder
{
    private static readonly XNamespace Ns = Xliff12Names.Xliff;
    private readonly bool _fromXliff12;
    private readonly Xliff12InlineWriter _inline;
    private readonly Xliff12Fragments _fragments;
    private readonly IReadOnlyDictionary<string, XNamespace> _prefixes;

    public Xliff12UnitBuilder(bool fromXliff12, Xliff12InlineWriter inline, Xliff12Fragments fragments, IReadOnlyDictionary<string, XNamespace> prefixes)
    {
        _fromXliff12 = fromXliff12;
        _inline = inline;
        _fragments = fragments;
        _prefixes = prefixes;
    }

    public XElement Build(IReadOnlyList<Segment> segments)
    {
        var first = segments[0];
        var unit = new XElement(Ns + "trans-unit", new XAttribute("id", first.UnitId ?? first.Id));
        var source = new XElement(Ns + "source");
        var hasTarget = segments.Any(s => s.Target is not null);
        var target = hasTarget ? new XElement(Ns + "target") : null;
        if (_fromXliff12)
        {
            CopyAttributes(first, string.Empty, unit);
            CopyAttributes(first, Xliff12Names.SourcePrefix, source);
            if (target is not null)
            {
                CopyAttributes(first, Xliff12Names.TargetPrefix, target);
            }
        }

        unit.Add(source);
        if (segments.Count == 1 && !first.Properties.ContainsKey(Xliff12Names.Mid))
        {
            _inline.Write(first.Source, source);
            if (target is not null)
            {
                _inline.Write(first.Target!, target);
            }
        }
        else
        {
            unit.Add(Segmented(segments, source, target));
        }

        if (target is not null)
        {
            unit.Add(target);
        }

        foreach (var note in segments.SelectMany(s => s.Notes))
        {
            unit.Add(new XElement(Ns + "note", note.From is null ? null : new XAttribute("from", note.From), note.Text));
        }

        if (_fromXliff12)
        {
            unit.Add(segments.SelectMany(s => s.PreservedXml).Select(_fragments.Parse));
        }

        if (unit.Element(Xliff12SdlConfirmation.Sdl + "seg-defs") is not null)
        {
            // Trados reads confirmation levels, not XLIFF states: set those, and add no state the file did not have.
            Xliff12SdlConfirmation.WriteLevels(unit, segments);
            if (first.Properties.ContainsKey(Xliff12Names.TargetState))
            {
                SetState(segments, unit, target);
            }
        }
        else
        {
            SetState(segments, unit, target);
        }

        return unit;
    }

    private XElement Segmented(IReadOnlyList<Segment> segments, XElement source, XElement? target)
    {
        if (_fromXliff12 && segments[0].Properties.GetValueOrDefault(Xliff12Names.SegSourceSkeleton) is { } skeleton
            && FromSkeleton(segments, skeleton, source, target) is { } framed)
        {
            return framed;
        }

        var segSource = new XElement(Ns + "seg-source");
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var gap = segment.Properties.GetValueOrDefault(Xliff12Names.GapBefore) ?? (i > 0 && !_fromXliff12 ? " " : string.Empty);
            var mid = segment.Properties.GetValueOrDefault(Xliff12Names.Mid) ?? (i + 1).ToString(CultureInfo.InvariantCulture);
            source.Add(gap);
            _inline.Write(segment.Source, source);
            segSource.Add(gap, Marker(mid, segment.Source));
            target?.Add(gap, segment.Target is null ? new XElement(Ns + "mrk", new XAttribute("mtype", "seg"), new XAttribute("mid", mid)) : Marker(mid, segment.Target));
        }

        if (segments[^1].Properties.GetValueOrDefault(Xliff12Names.GapAfter) is { } tail)
        {
            source.Add(tail);
            segSource.Add(tail);
            target?.Add(tail);
        }

        return segSource;
    }

    /// <summary>Fills the kept frame of a segmented unit; null when the segments no longer match its markers.</summary>
    private XElement? FromSkeleton(IReadOnlyList<Segment> segments, string skeleton, XElement source, XElement? target)
    {
        var segSource = _fragments.Parse(skeleton);
        var markers = SegmentMarkers(segSource);
        if (markers.Count != segments.Count)
        {
            return null;
        }

        for (var i = 0; i < markers.Count; i++)
        {
            _inline.Write(segments[i].Source, markers[i]);
        }

        var unsegmented = new XElement(segSource);
        foreach (var marker in SegmentMarkers(unsegmented))
        {
            marker.ReplaceWith(marker.Nodes());
        }

        source.Add(unsegmented.Nodes());
        if (target is not null)
        {
            var frame = _fragments.Parse(segments[0].Properties.GetValueOrDefault(Xliff12Names.TargetSkeleton) ?? skeleton);
            var byMid = segments.GroupBy(s => s.Properties.GetValueOrDefault(Xliff12Names.Mid) ?? s.Id, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var targetMarkers = SegmentMarkers(frame);
            var filled = new HashSet<Segment>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < targetMarkers.Count; i++)
            {
                var marker = targetMarkers[i];
                marker.RemoveNodes();
                var segment = (string?)marker.Attribute("mid") is { } mid && byMid.TryGetValue(mid, out var found) ? found
                    : i < segments.Count ? segments[i] : null;
                if (segment?.Target is { } content && filled.Add(segment))
                {
                    _inline.Write(content, marker);
                }
            }

            // Segments translated since the file was written, whose target had no marker yet.
            foreach (var segment in segments.Where(s => s.Target is not null && !filled.Contains(s)))
            {
                frame.Add(" ", Marker(segment.Properties.GetValueOrDefault(Xliff12Names.Mid) ?? segment.Id, segment.Target!));
            }

            target.Add(frame.Nodes());
        }

        return new XElement(Ns + "seg-source", segSource.Nodes());
    }

    private static List<XElement> SegmentMarkers(XElement container) =>
        [.. container.Descendants(Ns + "mrk").Where(m => (string?)m.Attribute("mtype") == "seg")];

    private XElement Marker(string mid, SegmentContent content)
    {
        var marker = new XElement(Ns + "mrk", new XAttribute("mtype", "seg"), new XAttribute("mid", mid));
        _inline.Write(content, marker);
        return marker;
    }

    private static void SetState(IReadOnlyList<Segment> segments, XElement unit, XElement? target)
    {
        // One target carries one state: a unit is as far along as its least advanced segment.
        var state = segments.Select(s => s.State).MinBy(Rank);
        var properties = segments[0].Properties;
        var originalState = properties.GetValueOrDefault(Xliff12Names.TargetState);
        var qualifier = properties.GetValueOrDefault(Xliff12Names.TargetStateQualifier);
        var (newState, newQualifier, approved) = Xliff12StateMapping.Write(state, originalState, qualifier, properties.GetValueOrDefault("approved"));
        unit.SetAttributeValue("approved", approved);
        if (target is null)
        {
            return;
        }

        var hasText = segments.Any(s => s.Target is { PlainText.Length: > 0 } || s.Target?.HasCodes == true);
        var implied = Xliff12StateMapping.Read(null, null, approved, hasText);
        var keepImplicit = originalState is null && implied == state;
        target.SetAttributeValue("state", keepImplicit ? null : newState);
        target.SetAttributeValue("state-qualifier", keepImplicit ? qualifier : newQualifier);
    }

    private static int Rank(SegmentState state) => state switch
    {
        SegmentState.Rejected => 0,
        SegmentState.New => 1,
        SegmentState.NeedsReview => 2,
        SegmentState.Translated => 3,
        _ => 4,
    };

    private void CopyAttributes(Segment segment, string prefix, XElement element)
    {
        foreach (var (key, value) in segment.Properties)
        {
            var name = prefix.Length == 0
                ? (key.Contains('/', StringComparison.Ordinal) ? null : key)
                : (key.StartsWith(prefix, StringComparison.Ordinal) ? key[prefix.Length..] : null);
            if (name is null or "id" or "state" or "state-qualifier" or "approved")
            {
                continue;
            }

            if (Xliff12Names.ResolveAttribute(name, _prefixes) is { } attributeName)
            {
                element.SetAttributeValue(attributeName, value);
            }
        }
    }
}
