using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Xliff2;

/// <summary>Builds one <c>&lt;unit&gt;</c> from the segments that share its unit id, in schema order.</summary>
internal static class Xliff2UnitWriter
{
    public static XElement Write(string unitId, IReadOnlyList<Segment> segments)
    {
        // The reader keeps unit-level data on the unit's first segment; if that segment was deleted, another may carry it.
        var first = segments.FirstOrDefault(s => s.PreservedXml.Count > 0 || s.Properties.Keys.Any(k => k.StartsWith(Xliff2Keys.UnitAttribute, StringComparison.Ordinal)))
            ?? segments[0];
        var unit = new XElement(Xliff2Names.Unit, new XAttribute("id", unitId));
        AddAttributes(unit, first.Properties, Xliff2Keys.UnitAttribute);
        unit.Add(first.PreservedXml.Select(ModuleElement).OfType<XElement>());

        if (Notes(first, segments) is { } notes)
        {
            unit.Add(notes);
        }

        var ignorables = new List<XElement>();
        AddIgnorables(ignorables, segments[0].Properties, Xliff2Keys.IgnorableBefore);
        foreach (var segment in segments)
        {
            AddIgnorables(ignorables, segment.Properties, Xliff2Keys.IgnorableAfter);
        }

        var elsewhere = ignorables.SelectMany(i => i.Descendants())
            .Select(e => (string?)e.Attribute("id") ?? (string?)e.Attribute("startRef"))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var plan = Xliff2CodePlan.Create(
            [.. segments.Select(s => s.Source.Elements)],
            [.. segments.Where(s => s.Target is not null).Select(s => s.Target!.Elements)],
            elsewhere);
        var data = new Xliff2OriginalData();
        var content = new Xliff2ContentWriter(plan, data);
        var parts = new List<XElement>();
        AddIgnorables(parts, segments[0].Properties, Xliff2Keys.IgnorableBefore);
        foreach (var segment in segments)
        {
            parts.Add(Segment(segment, content));
            AddIgnorables(parts, segment.Properties, Xliff2Keys.IgnorableAfter);
        }

        var entries = data.Entries.ToList();
        if (entries.Count > 0)
        {
            var originalData = new XElement(Xliff2Names.OriginalData);
            foreach (var (id, text) in entries)
            {
                var element = new XElement(Xliff2Names.Data, new XAttribute("id", id));
                AddAttributes(element, first.Properties, Xliff2Keys.DataAttribute + id + "@");
                Xliff2ContentWriter.WriteText(text, element);
                originalData.Add(element);
            }

            unit.Add(originalData);
        }

        DropDuplicateIds(parts);
        DropInvalidOrder(parts);
        unit.Add(parts);
        return unit;
    }

    /// <summary>
    /// A segment split in the workbench keeps the properties of the original on both halves: the second copy of a segment
    /// or ignorable id is dropped (ids are optional there) so the unit stays valid.
    /// </summary>
    private static void DropDuplicateIds(List<XElement> parts)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (part.Attribute("id") is { } id && !ids.Add(id.Value))
            {
                id.Remove();
            }
        }
    }

    /// <summary>
    /// Target <c>order</c> values are positions among the unit's segments and ignorables: once segments were added or
    /// removed they may no longer fit, and then the unit is written in document order.
    /// </summary>
    private static void DropInvalidOrder(List<XElement> parts)
    {
        var orders = new HashSet<int>();
        var valid = true;
        for (var i = 0; i < parts.Count && valid; i++)
        {
            if (parts[i].Element(Xliff2Names.Target) is { } target)
            {
                var order = int.TryParse((string?)target.Attribute("order"), out var explicitOrder) ? explicitOrder : i + 1;
                valid = order >= 1 && order <= parts.Count && orders.Add(order);
            }
        }

        if (!valid)
        {
            foreach (var target in parts.Elements(Xliff2Names.Target))
            {
                target.Attribute("order")?.Remove();
            }
        }
    }

    private static XElement Segment(Segment segment, Xliff2ContentWriter content)
    {
        var element = new XElement(Xliff2Names.Segment);
        AddAttributes(element, segment.Properties, Xliff2Keys.SegmentAttribute, "state", "subState");
        var (state, subState) = Xliff2StateMapping.Write(
            segment.State,
            segment.Target is not null,
            segment.Properties.GetValueOrDefault(Xliff2Keys.SegmentAttribute + "state"),
            segment.Properties.GetValueOrDefault(Xliff2Keys.SegmentAttribute + "subState"));
        if (state != "initial" || subState is not null || segment.Properties.ContainsKey(Xliff2Keys.SegmentAttribute + "state"))
        {
            element.Add(new XAttribute("state", state));
        }

        if (subState is not null)
        {
            element.Add(new XAttribute("subState", subState));
        }

        var source = new XElement(Xliff2Names.Source);
        AddAttributes(source, segment.Properties, Xliff2Keys.SourceAttribute);
        content.Write(segment.Source.Elements, source);
        element.Add(source);
        if (segment.Target is not null)
        {
            var target = new XElement(Xliff2Names.Target);
            AddAttributes(target, segment.Properties, Xliff2Keys.TargetAttribute);
            content.Write(segment.Target.Elements, target);
            element.Add(target);
        }

        return element;
    }

    /// <summary>
    /// A preserved unit-level element, when XLIFF 2 can carry it: module and extension elements are; what another format's
    /// reader kept (XLIFF 1.2 <c>alt-trans</c>, elements without a namespace, text that is not XML) is not.
    /// </summary>
    private static XElement? ModuleElement(string xml)
    {
        XElement element;
        try
        {
            element = XElement.Parse(xml, LoadOptions.PreserveWhitespace);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }

        var ns = element.Name.NamespaceName;
        return ns.Length == 0 || ns == Xliff2Names.CoreUri || ns.StartsWith("urn:oasis:names:tc:xliff:document:1.", StringComparison.Ordinal)
            ? null
            : element;
    }

    private static XElement? Notes(Segment first, IReadOnlyList<Segment> segments)
    {
        var notes = segments.SelectMany(s => s.Notes).ToList();
        if (first.Properties.TryGetValue(Xliff2Keys.Notes, out var original))
        {
            var preserved = XElement.Parse(original, LoadOptions.PreserveWhitespace);
            var texts = preserved.Elements(Xliff2Names.Note).Select(n => n.Value);
            if (texts.SequenceEqual(notes.Select(n => n.Text)))
            {
                return preserved;
            }
        }

        return notes.Count == 0
            ? null
            : new XElement(Xliff2Names.Notes, notes.Select(n => new XElement(Xliff2Names.Note, n.Text)));
    }

    private static void AddIgnorables(List<XElement> parts, IReadOnlyDictionary<string, string> properties, string key)
    {
        if (properties.TryGetValue(key, out var xml))
        {
            // Several ignorables are kept as one string of sibling elements.
            var wrapper = XElement.Parse("<w>" + xml + "</w>", LoadOptions.PreserveWhitespace);
            parts.AddRange(wrapper.Elements().Select(e => new XElement(e)));
        }
    }

    /// <summary>Adds the attributes stored under <paramref name="prefix"/> (names in <see cref="XName"/> form).</summary>
    internal static void AddAttributes(XElement element, IReadOnlyDictionary<string, string> properties, string prefix, params string[] except)
    {
        foreach (var (key, value) in properties)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length)
            {
                var name = key[prefix.Length..];
                if (!except.Contains(name) && !name.Contains('@', StringComparison.Ordinal))
                {
                    element.SetAttributeValue(XName.Get(name), value);
                }
            }
        }
    }
}
