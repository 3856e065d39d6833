using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>
/// Inline codes: <c>sc</c>/<c>ec</c> pairing and the isolated flag, <c>id</c> versus <c>startRef</c> on <c>ec</c>,
/// <c>sm</c>/<c>em</c> pairing, data references, <c>copyOf</c>, <c>subType</c> with <c>type</c>, attribute pairs
/// (<c>dataRefStart</c>/<c>dataRefEnd</c>, <c>equivStart</c>/<c>equivEnd</c>, <c>subFlowsStart</c>/<c>subFlowsEnd</c>)
/// and sub-flows pointing to units of the same file.
/// </summary>
internal sealed class InlineCodeRules : IXliff2Rule
{
    private static readonly string[] FmtSubTypes = ["xlf:i", "xlf:u", "xlf:lb", "xlf:pb", "xlf:b"];

    public void Check(Xliff2ValidationContext context)
    {
        var unitIdsByFile = context.Core("file").ToDictionary(
            f => f,
            f => f.Descendants(Xliff2Names.Unit).Select(u => (string?)u.Attribute("id")).ToHashSet(StringComparer.Ordinal));
        foreach (var unit in context.Core("unit"))
        {
            var parts = unit.Elements().Where(e => e.Name == Xliff2Names.Segment || e.Name == Xliff2Names.Ignorable).ToList();
            CheckSide(context, unit, parts.SelectMany(p => p.Elements(Xliff2Names.Source)).ToList());
            CheckSide(context, unit, parts.SelectMany(p => p.Elements(Xliff2Names.Target)).ToList());
            var data = unit.Elements(Xliff2Names.OriginalData).Elements(Xliff2Names.Data).Select(d => (string?)d.Attribute("id")).ToHashSet(StringComparer.Ordinal);
            var unitIds = unitIdsByFile[unit.Ancestors(Xliff2Names.File).First()];
            var codes = parts.SelectMany(p => p.Elements()).SelectMany(c => c.Descendants()).Where(e => e.Name.Namespace == Xliff2Names.Core).ToList();
            foreach (var code in codes)
            {
                CheckCode(context, code, data, unitIds, codes);
            }
        }
    }

    private static void CheckSide(Xliff2ValidationContext context, XElement unit, List<XElement> contents)
    {
        var unitId = (string?)unit.Attribute("id");
        var codes = contents.SelectMany(c => c.Descendants()).ToList();
        var openStarts = new Dictionary<string, XElement>(StringComparer.Ordinal);
        var openMarkers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var isolated = (string?)code.Attribute("isolated") == "yes";
            if (code.Name == Xliff2Names.Sc)
            {
                var id = (string)code.Attribute("id")!;
                // An <ec id="…"> without startRef and isolated is reported at the <ec>, which is where it is wrong.
                var hasEnd = codes.SkipWhile(c => c != code).Any(c => c.Name == Xliff2Names.Ec
                    && ((string?)c.Attribute("startRef") == id || ((string?)c.Attribute("id") == id && (string?)c.Attribute("isolated") != "yes")));
                if (isolated && hasEnd)
                {
                    throw context.Fail(code, $"<sc id=\"{id}\"> has isolated=\"yes\" but its <ec> is in the same unit \"{unitId}\"; isolated must be \"no\"");
                }

                if (!isolated && !hasEnd)
                {
                    throw context.Fail(code, $"<sc id=\"{id}\"> has no matching <ec startRef=\"{id}\"> after it in unit \"{unitId}\"; set isolated=\"yes\" if its end is in another unit");
                }

                if (!isolated)
                {
                    openStarts[id] = code;
                }
            }
            else if (code.Name == Xliff2Names.Ec)
            {
                var id = (string?)code.Attribute("id");
                var startRef = (string?)code.Attribute("startRef");
                if (isolated ? id is null || startRef is not null : startRef is null || id is not null)
                {
                    throw context.Fail(code, isolated
                        ? $"an isolated <ec> must have an id and no startRef (unit \"{unitId}\")"
                        : $"a non-isolated <ec> must have a startRef and no id (unit \"{unitId}\"); use isolated=\"yes\" with id when its <sc> is in another unit");
                }

                if (!isolated && code.Attribute("dir") is not null)
                {
                    throw context.Fail(code, $"<ec startRef=\"{startRef}\"> has dir, which is only allowed on an isolated <ec> (unit \"{unitId}\")");
                }

                if (isolated && codes.Any(c => c.Name == Xliff2Names.Sc && (string?)c.Attribute("id") == id))
                {
                    throw context.Fail(code, $"<ec id=\"{id}\"> has isolated=\"yes\" but its <sc> is in the same unit \"{unitId}\"");
                }

                if (!isolated && !openStarts.Remove(startRef!))
                {
                    throw context.Fail(code, $"<ec startRef=\"{startRef}\"> has no <sc id=\"{startRef}\"> before it in unit \"{unitId}\"");
                }
            }
            else if (code.Name == Xliff2Names.Sm)
            {
                var id = (string)code.Attribute("id")!;
                if (!codes.SkipWhile(c => c != code).Any(c => c.Name == Xliff2Names.Em && (string?)c.Attribute("startRef") == id))
                {
                    throw context.Fail(code, $"<sm id=\"{id}\"> has no <em startRef=\"{id}\"> after it in unit \"{unitId}\"");
                }

                openMarkers.Add(id);
            }
            else if (code.Name == Xliff2Names.Em)
            {
                var startRef = (string)code.Attribute("startRef")!;
                if (!openMarkers.Remove(startRef))
                {
                    throw context.Fail(code, $"<em startRef=\"{startRef}\"> has no <sm id=\"{startRef}\"> before it in unit \"{unitId}\"");
                }
            }
        }
    }

    private static void CheckCode(Xliff2ValidationContext context, XElement code, HashSet<string?> data, HashSet<string?> unitIds, List<XElement> codes)
    {
        var name = code.Name.LocalName;
        var where = Xliff2ValidationContext.Where(code);
        foreach (var reference in new[] { "dataRef", "dataRefStart", "dataRefEnd" })
        {
            if ((string?)code.Attribute(reference) is { } dataId && !data.Contains(dataId))
            {
                throw context.Fail(code, $"<{name}> has {reference}=\"{dataId}\" but the unit has no <data id=\"{dataId}\"> in <originalData> ({where})");
            }
        }

        foreach (var flows in new[] { "subFlows", "subFlowsStart", "subFlowsEnd" })
        {
            foreach (var unitId in ((string?)code.Attribute(flows) ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!unitIds.Contains(unitId))
                {
                    throw context.Fail(code, $"<{name}> has {flows} pointing to unit \"{unitId}\", which is not in the same file ({where})");
                }
            }
        }

        foreach (var (start, end) in new[] { ("dataRefStart", "dataRefEnd"), ("equivStart", "equivEnd"), ("subFlowsStart", "subFlowsEnd") })
        {
            if ((code.Attribute(start) is null) != (code.Attribute(end) is null))
            {
                throw context.Fail(code, $"<{name}> must have {start} and {end} together ({where})");
            }
        }

        if ((string?)code.Attribute("subType") is { } subType)
        {
            var type = (string?)code.Attribute("type");
            if (type is null)
            {
                throw context.Fail(code, $"<{name}> has subType=\"{subType}\" but no type ({where})");
            }

            if (subType.StartsWith("xlf:", StringComparison.Ordinal)
                && !(FmtSubTypes.Contains(subType) && type == "fmt") && !(subType == "xlf:var" && type == "ui"))
            {
                throw context.Fail(code, $"<{name}> has subType=\"{subType}\" with type=\"{type}\"; xlf:b/i/u/lb/pb need type=\"fmt\" and xlf:var needs type=\"ui\" ({where})");
            }
        }

        if ((string?)code.Attribute("copyOf") is { } copyOf)
        {
            if (code.Attribute("dataRef") is not null || code.Attribute("dataRefStart") is not null || code.Attribute("dataRefEnd") is not null)
            {
                throw context.Fail(code, $"<{name}> has copyOf and refers to original data; a copy has no data of its own ({where})");
            }

            var original = codes.FirstOrDefault(c => (string?)c.Attribute("id") == copyOf)
                ?? throw context.Fail(code, $"<{name}> has copyOf=\"{copyOf}\" but no code with that id is in the unit ({where})");
            if ((string?)original.Attribute("canCopy") == "no")
            {
                throw context.Fail(code, $"<{name}> copies code \"{copyOf}\", which has canCopy=\"no\" ({where})");
            }
        }
    }
}
