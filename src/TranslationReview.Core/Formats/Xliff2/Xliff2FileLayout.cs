using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Xliff2;

/// <summary>
/// Lays the units out in files: back into the file skeletons the reader kept (at each unit's placeholder, so groups
/// re-nest), or into new <c>&lt;file&gt;</c> elements for documents from other formats.
/// </summary>
internal static class Xliff2FileLayout
{
    private const string DefaultFileId = "f1";

    public static IReadOnlyList<XElement> Files(BilingualDocument document)
    {
        var units = GroupUnits(document.Segments);
        var placed = new HashSet<(string File, string Unit)>();
        var files = new List<XElement>();
        foreach (var xml in document.PreservedXml)
        {
            var file = XElement.Parse(xml, LoadOptions.PreserveWhitespace);
            if (file.Name != Xliff2Names.File)
            {
                continue;
            }

            var fileId = (string?)file.Attribute("id") ?? DefaultFileId;
            files.Add(FillPlaceholders(file, fileId, units, placed));
        }

        foreach (var ((fileId, unitId), segments) in units)
        {
            if (placed.Contains((fileId, unitId)))
            {
                continue;
            }

            var file = files.FirstOrDefault(f => (string?)f.Attribute("id") == fileId);
            if (file is null)
            {
                file = new XElement(Xliff2Names.File, new XAttribute("id", fileId));
                files.Add(file);
            }

            file.Add(Xliff2UnitWriter.Write(unitId, segments));
        }

        files.RemoveAll(f => !f.Elements().Any(e => e.Name == Xliff2Names.Unit || e.Name == Xliff2Names.Group));
        if (files.Count == 0)
        {
            // XLIFF 2 requires a file and a file requires a unit or a group: an empty document gets an empty group.
            files.Add(new XElement(Xliff2Names.File, new XAttribute("id", DefaultFileId), new XElement(Xliff2Names.Group, new XAttribute("id", "empty"))));
        }

        return files;
    }

    /// <summary>The file or group with each unit placeholder replaced by its unit, or left out when its segments are gone.</summary>
    private static XElement FillPlaceholders(
        XElement container, string fileId, Dictionary<(string File, string Unit), List<Segment>> units, HashSet<(string File, string Unit)> placed) => new(
        container.Name,
        container.Attributes(),
        container.Nodes().Select(node =>
        {
            if (node is XElement placeholder && placeholder.Name == Xliff2Names.UnitPlaceholder)
            {
                var unitId = (string?)placeholder.Attribute("ref") ?? string.Empty;
                if (!units.TryGetValue((fileId, unitId), out var segments))
                {
                    return null;
                }

                placed.Add((fileId, unitId));
                return Xliff2UnitWriter.Write(unitId, segments);
            }

            return node is XElement group && group.Name == Xliff2Names.Group ? FillPlaceholders(group, fileId, units, placed) : node;
        }).ToList());

    /// <summary>Segments by (file id, unit id), in document order; segments from other formats each make a unit.</summary>
    private static Dictionary<(string File, string Unit), List<Segment>> GroupUnits(IReadOnlyList<Segment> segments)
    {
        var units = new Dictionary<(string, string), List<Segment>>();
        var order = new List<(string, string)>();
        foreach (var segment in segments)
        {
            var fileId = Xliff2Syntax.ToNmToken(segment.FileId ?? DefaultFileId);
            var unitId = Xliff2Syntax.ToNmToken(segment.UnitId ?? segment.Id);
            var key = (fileId, unitId);
            if (!units.TryGetValue(key, out var list))
            {
                units[key] = list = [];
                order.Add(key);
            }

            list.Add(segment);
        }

        return order.ToDictionary(k => k, k => units[k]);
    }
}
