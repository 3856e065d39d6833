using System.Globalization;
using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Xliff12;

/// <summary>
/// Walks the <c>&lt;body&gt;</c> of each file: trans-units in document order, through <c>&lt;group&gt;</c> and
/// <c>&lt;bin-unit&gt;</c> nesting. Each container is kept as a shell (its attributes and non-unit children) under a
/// document property, and each segment records the path of shells around it.
/// </summary>
internal sealed class Xliff12BodyWalker
{
    private readonly XNamespace _ns;
    private readonly Dictionary<string, string> _documentProperties;
    private readonly Xliff12UnitReader _units;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<Segment> _segments = [];
    private int _groupCount;
    private int _unitCount;

    public Xliff12BodyWalker(XNamespace ns, string fileName, Dictionary<string, string> documentProperties)
    {
        _ns = ns;
        _documentProperties = documentProperties;
        _units = new Xliff12UnitReader(ns, fileName);
    }

    public IReadOnlyList<Segment> Segments => _segments;

    public void ReadFile(XElement file, string fileId)
    {
        if (file.Element(_ns + "body") is { } body)
        {
            Walk(body, fileId, string.Empty);
        }
    }

    private void Walk(XElement container, string fileId, string path)
    {
        foreach (var child in container.Elements())
        {
            if (child.Name == _ns + "trans-unit")
            {
                foreach (var segment in _units.Read(child, fileId, path, ++_unitCount))
                {
                    _segments.Add(_ids.Add(segment.Id) ? segment : segment with { Id = UniqueId(segment.Id) });
                }
            }
            else if (child.Name == _ns + "group" || child.Name == _ns + "bin-unit")
            {
                var key = "g" + (++_groupCount).ToString(CultureInfo.InvariantCulture);
                var shell = new XElement(child.Name, child.Attributes(),
                    child.Elements().Where(e => e.Name != _ns + "trans-unit" && e.Name != _ns + "group" && e.Name != _ns + "bin-unit"));
                _documentProperties[Xliff12Names.GroupShellPrefix + key] = shell.ToString(SaveOptions.DisableFormatting);
                Walk(child, fileId, path.Length == 0 ? key : path + "/" + key);
            }
        }
    }

    private string UniqueId(string id)
    {
        // Tools such as Passolo repeat trans-unit ids across groups; segment ids must still be unique.
        for (var n = 2; ; n++)
        {
            var candidate = id + "#" + n.ToString(CultureInfo.InvariantCulture);
            if (_ids.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
