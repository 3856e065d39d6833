using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Xliff2;

/// <summary>
/// The attributes an inline code may carry as a given XLIFF 2 element. Attributes of another XLIFF 2 element are renamed
/// (a <c>pc</c> written as <c>sc</c>: <c>dispStart</c> → <c>disp</c>); XLIFF 1.2 and TMX attributes are mapped where
/// XLIFF 2 has an equivalent (<c>equiv-text</c> → <c>equiv</c>, <c>ctype="bold"</c> → <c>type="fmt" subType="xlf:b"</c>,
/// <c>mtype="term"</c> → <c>type="term"</c>) and dropped otherwise. Data references are not written here: they are
/// assigned from the code's native data.
/// </summary>
internal static class Xliff2InlineAttributes
{
    private static readonly string[] Editing = ["canCopy", "canDelete", "canOverlap", "canReorder"];

    private static readonly Dictionary<string, HashSet<string>> Allowed = new(StringComparer.Ordinal)
    {
        ["ph"] = ["canCopy", "canDelete", "canReorder", "copyOf", "disp", "equiv", "subFlows", "subType", "type"],
        ["pc"] = ["canCopy", "canDelete", "canOverlap", "canReorder", "copyOf", "dispEnd", "dispStart", "equivEnd", "equivStart",
            "subFlowsEnd", "subFlowsStart", "subType", "type", "dir"],
        ["sc"] = ["canCopy", "canDelete", "canOverlap", "canReorder", "copyOf", "dir", "disp", "equiv", "subFlows", "subType", "type"],
        ["ec"] = ["canCopy", "canDelete", "canOverlap", "canReorder", "copyOf", "dir", "disp", "equiv", "subFlows", "subType", "type"],
        ["mrk"] = ["translate", "type", "ref", "value"],
        ["sm"] = ["translate", "type", "ref", "value"],
    };

    /// <summary>The attributes for <paramref name="code"/> written as <paramref name="element"/> (not id, not data references).</summary>
    public static IEnumerable<XAttribute> For(string element, InlineCode code)
    {
        var values = Normalize(code);
        if (code.Element == "pc" && element == "sc")
        {
            Rename(values, "Start");
        }

        return Build(element, values);
    }

    /// <summary>The attributes of an <c>ec</c>: its own, or those of the <c>pc</c>/opening it closes.</summary>
    public static IEnumerable<XAttribute> ForEnd(InlineCode closing, InlineCode? opening, bool isolated)
    {
        Dictionary<string, string> values;
        if (closing.Element == "pc" && opening is not null)
        {
            values = Normalize(opening);
            Rename(values, "End");
            if (values.GetValueOrDefault("canReorder") == "firstNo")
            {
                values["canReorder"] = "no";
            }
        }
        else
        {
            values = Normalize(closing);
            if (opening is not null && closing.Element != "ec")
            {
                foreach (var name in Editing)
                {
                    if (opening.Attributes.TryGetValue(name, out var value))
                    {
                        values[name] = value == "firstNo" ? "no" : value;
                    }
                }
            }
        }

        if (!isolated)
        {
            values.Remove("dir");
        }

        return Build("ec", values);
    }

    private static Dictionary<string, string> Normalize(InlineCode code)
    {
        var values = new Dictionary<string, string>(code.Attributes, StringComparer.Ordinal);
        if (values.Remove("equiv-text", out var equiv))
        {
            values.TryAdd(code.Kind == InlineCodeKind.Opening && code.Element is "g" ? "equivStart" : "equiv", equiv);
        }

        if (values.Remove("ctype", out var ctype))
        {
            var (type, subType) = ctype switch
            {
                "bold" => ("fmt", "xlf:b"),
                "italic" => ("fmt", "xlf:i"),
                "underlined" => ("fmt", "xlf:u"),
                "lb" => ("fmt", "xlf:lb"),
                "pb" => ("fmt", "xlf:pb"),
                "link" => ("link", null),
                "image" => ("image", null),
                _ => ((string?)null, (string?)null),
            };
            if (type is not null)
            {
                values.TryAdd("type", type);
                if (subType is not null)
                {
                    values.TryAdd("subType", subType);
                }
            }
        }

        if (values.Remove("mtype", out var mtype))
        {
            if (mtype == "term")
            {
                values.TryAdd("type", "term");
            }
            else if (mtype == "protected")
            {
                values.TryAdd("translate", "no");
            }
        }

        return values;
    }

    private static void Rename(Dictionary<string, string> values, string suffix)
    {
        foreach (var name in new[] { "disp", "equiv", "subFlows" })
        {
            values.Remove(name);
            if (values.Remove(name + suffix, out var value))
            {
                values[name] = value;
            }
        }
    }

    private static IEnumerable<XAttribute> Build(string element, Dictionary<string, string> values)
    {
        var allowed = Allowed[element];
        foreach (var (name, value) in values)
        {
            if (name.StartsWith('{'))
            {
                var xname = XName.Get(name);
                if (xname.Namespace != Xliff2Names.Core && xname.Namespace != XNamespace.Xml)
                {
                    yield return new XAttribute(xname, value);
                }
            }
            else if (allowed.Contains(name))
            {
                yield return new XAttribute(name, value);
            }
        }
    }
}
