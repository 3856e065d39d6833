using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>The XSD types of core attribute values: yes/no, directions, states, types, ids, numbers, languages, <c>cp</c> code points.</summary>
internal sealed partial class AttributeValueRules : IXliff2Rule
{
    private static readonly string[] YesNo = ["yes", "no"];
    private static readonly string[] Directions = ["ltr", "rtl", "auto"];
    private static readonly string[] Reorder = ["yes", "no", "firstNo"];
    private static readonly string[] AppliesTo = ["source", "target"];
    private static readonly string[] States = ["initial", "translated", "reviewed", "final"];
    private static readonly string[] CodeTypes = ["fmt", "ui", "quote", "link", "image", "other"];

    public void Check(Xliff2ValidationContext context)
    {
        foreach (var element in context.CoreElements)
        {
            for (var attribute = element.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
            {
                if (!attribute.IsNamespaceDeclaration && Problem(element, attribute) is { } problem)
                {
                    throw context.Fail(element, $"<{element.Name.LocalName}> {problem} ({Xliff2ValidationContext.Where(element)})");
                }
            }
        }
    }

    private static string? Problem(XElement element, XAttribute attribute)
    {
        var value = attribute.Value;
        if (attribute.Name == Xliff2Names.XmlLang)
        {
            return LanguageTag.IsWellFormed(value) ? null : $"has xml:lang=\"{value}\", which is not a well-formed BCP 47 language tag";
        }

        if (attribute.Name == Xliff2Names.XmlSpace)
        {
            if (element.Name == Xliff2Names.Data && value != "preserve")
            {
                return $"has xml:space=\"{value}\"; original data always preserves white space (only \"preserve\" is allowed)";
            }

            return value is "default" or "preserve" ? null : $"has xml:space=\"{value}\"; allowed: default, preserve";
        }

        if (attribute.Name.Namespace != XNamespace.None)
        {
            return null;
        }

        var name = attribute.Name.LocalName;
        var local = element.Name.LocalName;
        return name switch
        {
            "srcLang" or "trgLang" => LanguageTag.IsWellFormed(value) ? null : $"has {name}=\"{value}\", which is not a well-formed BCP 47 language tag",
            "canResegment" or "translate" or "canCopy" or "canDelete" or "canOverlap" or "isolated" => OneOf(name, value, YesNo),
            "canReorder" => OneOf(name, value, Reorder),
            "srcDir" or "trgDir" or "dir" => OneOf(name, value, Directions),
            "appliesTo" => OneOf(name, value, AppliesTo),
            "state" => OneOf(name, value, States),
            "priority" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= 10
                ? null : $"has priority=\"{value}\"; it must be an integer from 1 to 10",
            "order" => int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var o) && o >= 1
                ? null : $"has order=\"{value}\"; it must be a positive integer",
            "type" when local is "ph" or "pc" or "sc" or "ec" => OneOf(name, value, CodeTypes),
            "type" when local is "mrk" or "sm" => value is "generic" or "comment" or "term" || IsUserDefined(value)
                ? null : $"has type=\"{value}\"; allowed: generic, comment, term or a prefix:value of your own",
            "type" or "subType" => IsUserDefined(value) ? null : $"has {name}=\"{value}\"; it must have the form prefix:value",
            "id" or "dataRef" or "dataRefStart" or "dataRefEnd" or "startRef" or "copyOf" => Xliff2Syntax.IsNmToken(value)
                ? null : $"has {name}=\"{value}\", which is not a valid identifier (NMTOKEN)",
            "subFlows" or "subFlowsStart" or "subFlowsEnd" => value.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } tokens
                && tokens.All(Xliff2Syntax.IsNmToken) ? null : $"has {name}=\"{value}\", which is not a space-separated list of unit ids",
            "hex" => HexProblem(value),
            _ => null,
        };
    }

    private static string? OneOf(string name, string value, string[] allowed) =>
        allowed.Contains(value) ? null : $"has {name}=\"{value}\"; allowed: {string.Join(", ", allowed)}";

    /// <summary>The XLIFF 2 user-defined value pattern <c>[^\s:]+:[^\s:]+</c>.</summary>
    public static bool IsUserDefined(string value) => UserDefined().IsMatch(value);

    private static string? HexProblem(string value)
    {
        if (value.Length == 0 || value.Length % 2 != 0 || !int.TryParse(value, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var codePoint))
        {
            return $"has hex=\"{value}\", which is not a hexadecimal code point";
        }

        if (codePoint > 0x10FFFF)
        {
            return $"has hex=\"{value}\", beyond the last Unicode code point 10FFFF";
        }

        return Xliff2Syntax.IsXmlChar(codePoint) && codePoint is not (>= 0x7F and <= 0x84) and not (>= 0x86 and <= 0x9F)
            ? $"has hex=\"{value}\": U+{codePoint:X4} is a valid XML character and must be written as text, not as <cp/>"
            : null;
    }

    [GeneratedRegex(@"^[^\s:]+:[^\s:]+$", RegexOptions.CultureInvariant)]
    private static partial Regex UserDefined();
}
