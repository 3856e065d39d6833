namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>
/// An XLIFF 2 fragment identifier (<c>#/f=f1/u=u1/n=n1</c>, <c>#m1</c>, <c>#t=m1</c>, <c>#gls=g1</c>), parsed and checked
/// against the syntax of the specification's "Fragment identification" section: selectors in the order file, groups,
/// unit, then one leaf; each prefix at most once (groups excepted); known prefixes only.
/// </summary>
/// <param name="Selectors">The selectors in order; Prefix is empty for a bare id.</param>
internal sealed record FragmentIdentifier(IReadOnlyList<(string Prefix, string Id)> Selectors)
{
    /// <summary>Prefixes registered by the XLIFF 2.1 modules.</summary>
    public static readonly string[] ModulePrefixes = ["mtc", "gls", "fs", "mda", "res", "ctr", "slr", "val", "its", "itsm", "tbx"];

    /// <summary>The last selector when it is not a file, group or unit selector.</summary>
    public (string Prefix, string Id)? Leaf =>
        Selectors.Count > 0 && Selectors[^1].Prefix is not ("f" or "g" or "u") ? Selectors[^1] : null;

    /// <summary>Parses <paramref name="value"/> (starting with <c>#</c>); null when it is not a fragment identifier at all.</summary>
    public static FragmentIdentifier? Parse(string value)
    {
        if (!value.StartsWith('#'))
        {
            return null;
        }

        var body = value[1..];
        if (body.StartsWith('/'))
        {
            body = body[1..];
        }

        var selectors = new List<(string, string)>();
        foreach (var part in body.Split('/'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            selectors.Add(equals < 0 ? (string.Empty, part) : (part[..equals], part[(equals + 1)..]));
        }

        return new FragmentIdentifier(selectors);
    }

    /// <summary>True for a reference to a note of the unit (<c>#n=id</c>, or with this unit's selector before it).</summary>
    public bool IsUnitNote(string? unitId) => Problem() is null && Leaf is { Prefix: "n" }
        && (Selectors.Count == 1 || Selectors[^2] == ("u", unitId ?? string.Empty));

    /// <summary>What is wrong with the syntax, or null.</summary>
    public string? Problem()
    {
        var stage = 0;
        var leaves = 0;
        foreach (var (prefix, id) in Selectors)
        {
            if (prefix.Length == 0 && id is "f" or "g" or "u" or "n" or "d" or "t")
            {
                return $"\"{id}\" is a selector prefix without \"=id\" (write {id}=…)";
            }

            if (!Xliff2Syntax.IsNmToken(id))
            {
                return $"\"{id}\" is not a valid id";
            }

            if (prefix.Length > 0 && (!Xliff2Syntax.IsNmToken(prefix) || prefix.Contains(':', StringComparison.Ordinal)))
            {
                return $"the prefix \"{prefix}\" is not an NMTOKEN";
            }

            var next = prefix switch
            {
                "f" => 1,
                "g" => 2,
                "u" => 3,
                "n" or "d" or "t" or "" => 4,
                _ when prefix.Length == 1 => -1,
                _ when ModulePrefixes.Contains(prefix) => 4,
                _ => -2,
            };
            switch (next)
            {
                case -1:
                    return $"the prefix \"{prefix}\" is too short: single-letter prefixes are reserved for the core (f, g, u, n, d, t)";
                case -2:
                    return $"the prefix \"{prefix}\" is not a registered module or extension prefix";
                case 4:
                    leaves++;
                    if (leaves > 1)
                    {
                        return "it selects more than one leaf (note, data, code or module element)";
                    }

                    break;
                default:
                    if (leaves > 0)
                    {
                        return $"the selector \"{prefix}={id}\" comes after the leaf selector";
                    }

                    if (next < stage || (next == stage && next != 2))
                    {
                        return $"the selector \"{prefix}={id}\" is out of order or repeated (file, then groups, then unit)";
                    }

                    break;
            }

            stage = next;
        }

        if (Selectors.Any(s => s.Prefix is "d" or "t" or "") && Selectors.Any(s => s.Prefix is "f" or "g") && !Selectors.Any(s => s.Prefix == "u"))
        {
            return "a data, target or code selector needs a unit selector";
        }

        return null;
    }
}
