using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Xliff12;

/// <summary>
/// Builds a <c>&lt;body&gt;</c>: consecutive segments of one unit become one trans-unit, and the groups the
/// reader recorded around them are reopened from their kept shells.
/// </summary>
internal sealed class Xliff12BodyBuilder
{
    private static readonly XNamespace Ns = Xliff12Names.Xliff;
    private readonly BilingualDocument _document;
    private readonly bool _fromXliff12;
    private readonly Xliff12UnitBuilder _units;
    private readonly Xliff12Fragments _fragments;

    public Xliff12BodyBuilder(
        BilingualDocument document, bool fromXliff12, Xliff12InlineWriter inline, Xliff12Fragments fragments,
        IReadOnlyDictionary<string, XNamespace> prefixes)
    {
        _document = document;
        _fromXliff12 = fromXliff12;
        _fragments = fragments;
        _units = new Xliff12UnitBuilder(fromXliff12, inline, fragments, prefixes);
    }

    public XElement Build(IReadOnlyList<Segment> segments)
    {
        var body = new XElement(Ns + "body");
        var open = new List<(string Key, XElement Element)>();
        foreach (var unit in SplitUnits(segments))
        {
            var path = _fromXliff12 ? unit[0].Properties.GetValueOrDefault(Xliff12Names.GroupPath, string.Empty) : string.Empty;
            var keys = path.Length == 0 ? [] : path.Split('/');
            var common = 0;
            while (common < open.Count && common < keys.Length && open[common].Key == keys[common])
            {
                common++;
            }

            open.RemoveRange(common, open.Count - common);
            for (var i = common; i < keys.Length; i++)
            {
                var group = _document.Properties.TryGetValue(Xliff12Names.GroupShellPrefix + keys[i], out var shell)
                    ? _fragments.Parse(shell)
                    : new XElement(Ns + "group");
                (open.Count == 0 ? body : open[^1].Element).Add(new XText("\n"), group);
                open.Add((keys[i], group));
            }

            // Line breaks between units (insignificant white space) keep the file readable in a text editor.
            (open.Count == 0 ? body : open[^1].Element).Add(new XText("\n"), _units.Build(unit));
        }

        body.Add(new XText("\n"));
        return body;
    }

    /// <summary>Consecutive segments with the same unit id (and, from XLIFF 1.2, the same trans-unit) form one unit.</summary>
    private static List<List<Segment>> SplitUnits(IReadOnlyList<Segment> segments)
    {
        var units = new List<List<Segment>>();
        foreach (var segment in segments)
        {
            if (units.Count > 0 && SameUnit(units[^1][0], segment))
            {
                units[^1].Add(segment);
            }
            else
            {
                units.Add([segment]);
            }
        }

        return units;
    }

    private static bool SameUnit(Segment a, Segment b) =>
        a.UnitId is not null && a.UnitId == b.UnitId && a.FileId == b.FileId
        && a.Properties.GetValueOrDefault(Xliff12Names.UnitOrdinal) == b.Properties.GetValueOrDefault(Xliff12Names.UnitOrdinal);
}
