using System.Text;
using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Xliff2;

/// <summary>Maps one <c>&lt;unit&gt;</c> to its segments (see <see cref="Xliff2Keys"/> for what is kept where).</summary>
internal static class Xliff2UnitReader
{
    public static IReadOnlyList<Segment> Read(XElement unit, string fileId, bool prefixFileId)
    {
        var unitId = (string)unit.Attribute("id")!;
        var originalData = new Dictionary<string, string>(StringComparer.Ordinal);
        var unitProperties = new Dictionary<string, string>(StringComparer.Ordinal);
        var preserved = new List<string>();
        var notes = new List<Note>();
        AddAttributes(unitProperties, Xliff2Keys.UnitAttribute, unit, "id");
        var groups = unit.Ancestors(Xliff2Names.Group).Reverse().Select(g => (string?)g.Attribute("id")).ToList();
        if (groups.Count > 0)
        {
            unitProperties[Xliff2Keys.Groups] = string.Join('/', groups);
        }

        var parts = new List<XElement>();
        foreach (var child in unit.Elements())
        {
            if (child.Name == Xliff2Names.Notes)
            {
                unitProperties[Xliff2Keys.Notes] = Verbatim(child);
                notes.AddRange(child.Elements(Xliff2Names.Note).Select(n => new Note(n.Value)));
            }
            else if (child.Name == Xliff2Names.OriginalData)
            {
                foreach (var data in child.Elements(Xliff2Names.Data))
                {
                    var dataId = (string)data.Attribute("id")!;
                    originalData[dataId] = Xliff2ContentReader.DecodeText(data);
                    AddAttributes(unitProperties, Xliff2Keys.DataAttribute + dataId + "@", data, "id");
                }
            }
            else if (child.Name == Xliff2Names.Segment || child.Name == Xliff2Names.Ignorable)
            {
                parts.Add(child);
            }
            else
            {
                preserved.Add(Verbatim(child));
            }
        }

        var segmentElements = parts.Where(p => p.Name == Xliff2Names.Segment).ToList();
        var segments = new List<Segment>(segmentElements.Count);
        var ignorableBefore = new StringBuilder();
        var index = 0;
        foreach (var part in parts)
        {
            if (part.Name == Xliff2Names.Ignorable)
            {
                if (segments.Count == 0)
                {
                    ignorableBefore.Append(Verbatim(part));
                }
                else
                {
                    var previous = segments[^1];
                    var properties = new Dictionary<string, string>(previous.Properties);
                    properties[Xliff2Keys.IgnorableAfter] = properties.GetValueOrDefault(Xliff2Keys.IgnorableAfter, string.Empty) + Verbatim(part);
                    segments[^1] = previous with { Properties = properties };
                }

                continue;
            }

            index++;
            var first = segments.Count == 0;
            var segmentProperties = first ? new Dictionary<string, string>(unitProperties) : new Dictionary<string, string>(StringComparer.Ordinal);
            if (first && ignorableBefore.Length > 0)
            {
                segmentProperties[Xliff2Keys.IgnorableBefore] = ignorableBefore.ToString();
            }

            AddAttributes(segmentProperties, Xliff2Keys.SegmentAttribute, part);
            var source = part.Element(Xliff2Names.Source)!;
            var target = part.Element(Xliff2Names.Target);
            AddAttributes(segmentProperties, Xliff2Keys.SourceAttribute, source);
            if (target is not null)
            {
                AddAttributes(segmentProperties, Xliff2Keys.TargetAttribute, target);
            }

            var segmentId = (string?)part.Attribute("id") ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var id = segmentElements.Count == 1 ? unitId : unitId + "/" + segmentId;
            segments.Add(new Segment(
                prefixFileId ? fileId + "/" + id : id,
                Xliff2ContentReader.Read(source, originalData),
                target is null ? null : Xliff2ContentReader.Read(target, originalData),
                Xliff2StateMapping.Read((string?)part.Attribute("state"), (string?)part.Attribute("subState")))
            {
                UnitId = unitId,
                FileId = fileId,
                Notes = first ? notes : [],
                PreservedXml = first ? preserved : [],
                Properties = segmentProperties,
            });
        }

        return segments;
    }

    private static void AddAttributes(Dictionary<string, string> properties, string prefix, XElement element, string? except = null)
    {
        foreach (var attribute in element.Attributes())
        {
            if (!attribute.IsNamespaceDeclaration && !(attribute.Name.Namespace == XNamespace.None && attribute.Name.LocalName == except))
            {
                properties[prefix + attribute.Name] = attribute.Value;
            }
        }
    }

    private static string Verbatim(XElement element)
    {
        var copy = new XElement(element);
        Xliff2Reader.CopyNamespaceDeclarations(element, copy);
        return copy.ToString(SaveOptions.DisableFormatting);
    }
}
