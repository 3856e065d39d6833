using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Xliff2;

/// <summary>
/// Decides, for one unit, how each inline code is written: which opening/closing pairs become one
/// <c>&lt;pc&gt;</c>/<c>&lt;mrk&gt;</c> element (well nested in every segment of the unit, so a source <c>pc</c> never
/// faces a target <c>sc</c> with the same id), and which <c>&lt;sc/&gt;</c>/<c>&lt;ec/&gt;</c> are isolated (their
/// partner is not in the same unit side).
/// </summary>
internal sealed class Xliff2CodePlan
{
    private readonly Dictionary<IReadOnlyList<InlineElement>, int[]> _partners = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<(IReadOnlyList<InlineElement>, int)> _isolated = [];
    private readonly HashSet<(IReadOnlyList<InlineElement>, int)> _dropped = [];
    private readonly Dictionary<string, InlineCode> _openings = new(StringComparer.Ordinal);
    private readonly Dictionary<(char, string), string> _ids = [];

    private IReadOnlySet<string> _elsewhere = new HashSet<string>();

    /// <summary>
    /// Plans the codes of a unit: the source contents in order, then the target contents in order.
    /// <paramref name="elsewhere"/> holds the ids of codes and markers kept verbatim in the unit's ignorables: a partner there counts.
    /// </summary>
    public static Xliff2CodePlan Create(
        IReadOnlyList<IReadOnlyList<InlineElement>> sources,
        IReadOnlyList<IReadOnlyList<InlineElement>> targets,
        IReadOnlySet<string> elsewhere)
    {
        var plan = new Xliff2CodePlan { _elsewhere = elsewhere };
        var all = sources.Concat(targets).ToList();
        var forbidden = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < 4; round++)
        {
            var failed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var content in all)
            {
                plan._partners[content] = Pair(content, forbidden, failed);
            }

            if (failed.IsSubsetOf(forbidden))
            {
                break;
            }

            forbidden.UnionWith(failed);
        }

        foreach (var code in all.SelectMany(c => c).OfType<InlineCode>().Where(c => c.Kind == InlineCodeKind.Opening))
        {
            plan._openings.TryAdd(code.Id, code);
        }

        plan.MarkIsolated(sources);
        plan.MarkIsolated(targets);
        plan.AssignIds(all);
        return plan;
    }

    /// <summary>
    /// The XLIFF 2 id of a code. Ids are kept, except where codes of different kinds share one (TMX and XLIFF 1.2 number
    /// placeholders and paired codes separately; XLIFF 2 has one id scope per unit): the later kind gets a suffix.
    /// </summary>
    public string IdOf(InlineCode code) => _ids.GetValueOrDefault((Family(code), code.Id)) ?? Xliff2Syntax.ToNmToken(code.Id);

    /// <summary>The index of the element closing the pair opened at <paramref name="index"/>, or -1.</summary>
    public int PartnerOf(IReadOnlyList<InlineElement> content, int index) => _partners[content][index];

    /// <summary>True when the <c>sc</c>/<c>ec</c> at <paramref name="index"/> has no partner in the unit side.</summary>
    public bool IsIsolated(IReadOnlyList<InlineElement> content, int index) => _isolated.Contains((content, index));

    /// <summary>True for an annotation end whose start is nowhere before it: it is left out.</summary>
    public bool IsDropped(IReadOnlyList<InlineElement> content, int index) => _dropped.Contains((content, index));

    /// <summary>The opening code with this id anywhere in the unit, to give a lone closing code its attributes.</summary>
    public InlineCode? OpeningOf(string id) => _openings.GetValueOrDefault(id);

    private static int[] Pair(IReadOnlyList<InlineElement> content, HashSet<string> forbidden, HashSet<string> failed)
    {
        var partners = Enumerable.Repeat(-1, content.Count).ToArray();
        var open = new List<int>();
        for (var i = 0; i < content.Count; i++)
        {
            if (content[i] is not InlineCode code)
            {
                continue;
            }

            if (IsPairableStart(code) && !forbidden.Contains(Key(code)))
            {
                open.Add(i);
            }
            else if (code.Kind is InlineCodeKind.Closing or InlineCodeKind.AnnotationEnd)
            {
                var startKind = code.Kind == InlineCodeKind.Closing ? InlineCodeKind.Opening : InlineCodeKind.AnnotationStart;
                var at = open.FindLastIndex(o => content[o] is InlineCode c && c.Kind == startKind && c.Id == code.Id);
                if (at < 0)
                {
                    continue;
                }

                if (at == open.Count - 1)
                {
                    partners[open[at]] = i;
                }
                else
                {
                    failed.Add(Key((InlineCode)content[open[at]]));
                }

                open.RemoveAt(at);
            }
        }

        foreach (var o in open)
        {
            failed.Add(Key((InlineCode)content[o]));
        }

        return partners;
    }

    private static char Family(InlineCode code) => code.Kind switch
    {
        InlineCodeKind.Standalone => 'p',
        InlineCodeKind.AnnotationStart or InlineCodeKind.AnnotationEnd => 'm',
        _ => 'c',
    };

    private void AssignIds(IEnumerable<IReadOnlyList<InlineElement>> contents)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in contents.SelectMany(c => c).OfType<InlineCode>())
        {
            var key = (Family(code), code.Id);
            if (_ids.ContainsKey(key))
            {
                continue;
            }

            var id = Xliff2Syntax.ToNmToken(code.Id);
            for (var n = 2; !used.Add(id); n++)
            {
                id = Xliff2Syntax.ToNmToken(code.Id) + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            _ids[key] = id;
        }
    }

    private static bool IsPairableStart(InlineCode code) =>
        (code.Kind == InlineCodeKind.Opening && code.Element is "pc" or "g")
        || (code.Kind == InlineCodeKind.AnnotationStart && code.Element == "mrk");

    private static string Key(InlineCode code) => code.Kind + ":" + code.Id;

    private void MarkIsolated(IReadOnlyList<IReadOnlyList<InlineElement>> side)
    {
        var pendingCodes = new Dictionary<string, Queue<(IReadOnlyList<InlineElement>, int)>>(StringComparer.Ordinal);
        var pendingMarkers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var content in side)
        {
            var partners = _partners[content];
            var closedByPair = new HashSet<int>(partners.Where(p => p >= 0));
            for (var i = 0; i < content.Count; i++)
            {
                if (content[i] is not InlineCode code || partners[i] >= 0 || closedByPair.Contains(i))
                {
                    continue;
                }

                switch (code.Kind)
                {
                    case InlineCodeKind.Opening:
                        if (!pendingCodes.TryGetValue(code.Id, out var queue))
                        {
                            pendingCodes[code.Id] = queue = new Queue<(IReadOnlyList<InlineElement>, int)>();
                        }

                        queue.Enqueue((content, i));
                        break;
                    case InlineCodeKind.Closing:
                        if ((!pendingCodes.TryGetValue(code.Id, out var starts) || !starts.TryDequeue(out _)) && !_elsewhere.Contains(code.Id))
                        {
                            _isolated.Add((content, i));
                        }

                        break;
                    case InlineCodeKind.AnnotationStart:
                        pendingMarkers[code.Id] = pendingMarkers.GetValueOrDefault(code.Id) + 1;
                        break;
                    case InlineCodeKind.AnnotationEnd:
                        if (pendingMarkers.GetValueOrDefault(code.Id) > 0)
                        {
                            pendingMarkers[code.Id]--;
                        }
                        else if (!_elsewhere.Contains(code.Id))
                        {
                            _dropped.Add((content, i));
                        }

                        break;
                }
            }
        }

        foreach (var start in pendingCodes.Where(p => !_elsewhere.Contains(p.Key)).SelectMany(p => p.Value))
        {
            _isolated.Add(start);
        }

        // A start marker without its end marker is written as an empty <mrk/>.
        MarkLoneMarkers(side);
    }

    private void MarkLoneMarkers(IReadOnlyList<IReadOnlyList<InlineElement>> side)
    {
        var ends = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = side.Count - 1; c >= 0; c--)
        {
            var content = side[c];
            for (var i = content.Count - 1; i >= 0; i--)
            {
                if (content[i] is not InlineCode code || _partners[content][i] >= 0 || _dropped.Contains((content, i)))
                {
                    continue;
                }

                if (code.Kind == InlineCodeKind.AnnotationEnd && _partners[content].All(p => p != i))
                {
                    ends[code.Id] = ends.GetValueOrDefault(code.Id) + 1;
                }
                else if (code.Kind == InlineCodeKind.AnnotationStart)
                {
                    if (ends.GetValueOrDefault(code.Id) > 0)
                    {
                        ends[code.Id]--;
                    }
                    else if (!_elsewhere.Contains(code.Id))
                    {
                        _isolated.Add((content, i));
                    }
                }
            }
        }
    }
}
