using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff2;

/// <summary>
/// Indents the structural elements of a written document (xliff, file, group, unit, segment, notes…) so the file reads
/// and diffs well, without touching mixed content (source, target, note, data, skeleton) or module and extension
/// elements, whose white space may be significant.
/// </summary>
internal static class Xliff2Indentation
{
    private static readonly HashSet<string> Structural = new(StringComparer.Ordinal)
    {
        "xliff", "file", "group", "unit", "segment", "ignorable", "notes", "originalData",
    };

    public static void Apply(XElement element, int depth = 0)
    {
        if (element.Name.Namespace != Xliff2Names.Core || !Structural.Contains(element.Name.LocalName)
            || element.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value)))
        {
            return;
        }

        var children = element.Nodes().Where(n => n is not XText).ToList();
        if (children.Count == 0)
        {
            element.RemoveNodes();
            return;
        }

        // Rebuilt in one pass: inserting before each child is quadratic in XLinq's sibling list.
        var inner = "\n" + new string(' ', (depth + 1) * 2);
        element.RemoveNodes();
        foreach (var child in children)
        {
            element.Add(new XText(inner), child);
            if (child is XElement childElement)
            {
                Apply(childElement, depth + 1);
            }
        }

        element.Add(new XText("\n" + new string(' ', depth * 2)));
    }
}
