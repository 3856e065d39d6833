using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>
/// Id scopes: files in the document; groups and units in their file; notes in their <c>notes</c>; data in their
/// <c>originalData</c>; segments, ignorables and source inline codes in their unit (target codes repeat the source id of
/// the same element or are unique); extension element ids in their file, group or unit; target <c>order</c> in the unit.
/// </summary>
internal sealed class IdentifierRules : IXliff2Rule
{
    public void Check(Xliff2ValidationContext context)
    {
        Unique(context, context.Root.Elements(Xliff2Names.File), "file", "the document");
        foreach (var file in context.Root.Elements(Xliff2Names.File))
        {
            var where = $"file \"{(string?)file.Attribute("id")}\"";
            Unique(context, file.Descendants(Xliff2Names.Group), "group", where);
            Unique(context, file.Descendants(Xliff2Names.Unit), "unit", where);
        }

        foreach (var notes in context.Core("notes"))
        {
            Unique(context, notes.Elements(Xliff2Names.Note).Where(n => n.Attribute("id") is not null), "note", "its <notes>");
        }

        foreach (var originalData in context.Core("originalData"))
        {
            Unique(context, originalData.Elements(Xliff2Names.Data), "data", "its <originalData>");
        }

        foreach (var container in context.Core("file").Concat(context.Core("group")).Concat(context.Core("unit")))
        {
            CheckExtensionIds(context, container);
        }

        foreach (var unit in context.Core("unit"))
        {
            CheckUnit(context, unit);
        }
    }

    private static void Unique(Xliff2ValidationContext context, IEnumerable<XElement> elements, string what, string scope)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            var id = (string?)element.Attribute("id");
            if (id is not null && !seen.Add(id))
            {
                throw context.Fail(element, $"the {what} id \"{id}\" is used more than once in {scope}");
            }
        }
    }

    private static void CheckExtensionIds(Xliff2ValidationContext context, XElement container)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var extension in container.Elements().Where(e => e.Name.Namespace != Xliff2Names.Core && !Xliff2Names.IsModule(e.Name.Namespace)))
        {
            foreach (var element in extension.DescendantsAndSelf())
            {
                var id = (string?)element.Attribute(Xliff2Names.Xml + "id") ?? (string?)element.Attribute("id");
                if (id is not null && element != extension && !seen.Add(id))
                {
                    throw context.Fail(element,
                        $"the extension element id \"{id}\" is used more than once in <{container.Name.LocalName} id=\"{(string?)container.Attribute("id")}\">");
                }
            }
        }
    }

    private static void CheckUnit(Xliff2ValidationContext context, XElement unit)
    {
        var parts = unit.Elements().Where(e => e.Name == Xliff2Names.Segment || e.Name == Xliff2Names.Ignorable).ToList();
        var unitId = (string?)unit.Attribute("id");
        var partIds = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if ((string?)part.Attribute("id") is { } id && !partIds.TryAdd(id, part))
            {
                throw context.Fail(part,
                    $"the id \"{id}\" of <{part.Name.LocalName}> is already used by a <{partIds[id].Name.LocalName}> in unit \"{unitId}\" (segment and ignorable ids must be unique in a unit)");
            }
        }

        // XLIFF 2.1 keeps inline code ids in their own scope: the test suite pairs <segment id="1"> with <ph id="1">.
        var sourceIds = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var element in parts.SelectMany(p => p.Elements(Xliff2Names.Source)).SelectMany(s => s.Descendants()))
        {
            if ((string?)element.Attribute("id") is { } id && element.Name.Namespace == Xliff2Names.Core && !sourceIds.TryAdd(id, element))
            {
                throw context.Fail(element,
                    $"the id \"{id}\" of <{element.Name.LocalName}> is already used by <{sourceIds[id].Name.LocalName}> in unit \"{unitId}\" (inline code ids must be unique in a unit)");
            }
        }

        var targetIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in parts.SelectMany(p => p.Elements(Xliff2Names.Target)))
        {
            foreach (var element in target.Descendants().Where(e => e.Name.Namespace == Xliff2Names.Core && e.Attribute("id") is not null))
            {
                var id = (string)element.Attribute("id")!;
                var clash = sourceIds.TryGetValue(id, out var inSource) && inSource.Name != element.Name;
                if (clash || !targetIds.Add(id))
                {
                    throw context.Fail(element,
                        $"the id \"{id}\" of target <{element.Name.LocalName}> must repeat the id of the same element in the source or be unique in unit \"{unitId}\"");
                }
            }
        }

        var orders = new HashSet<int>();
        var position = 0;
        foreach (var part in parts)
        {
            position++;
            var target = part.Element(Xliff2Names.Target);
            if (target is null)
            {
                continue;
            }

            var order = int.TryParse((string?)target.Attribute("order"), out var explicitOrder) ? explicitOrder : position;
            if (order > parts.Count)
            {
                throw context.Fail(target, $"target order=\"{order}\" is beyond the {parts.Count} segments and ignorables of unit \"{unitId}\"");
            }

            if (!orders.Add(order))
            {
                throw context.Fail(target, $"target order {order} is used more than once in unit \"{unitId}\" (an explicit order or the implicit position of a segment)");
            }
        }
    }
}
