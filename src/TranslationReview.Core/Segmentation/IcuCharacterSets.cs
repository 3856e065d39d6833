using System.Collections.Frozen;

namespace TranslationReview.Core.Segmentation;

/// <summary>
/// The character sets behind ICU/Java escapes and property names that .NET spells differently, as bodies of a
/// .NET character class (without the brackets).
/// </summary>
internal static class IcuCharacterSets
{
    /// <summary>ICU/Java <c>\h</c>.</summary>
    public const string HorizontalSpace = @"\t \u00A0\u1680\u180E\u2000-\u200A\u202F\u205F\u3000";

    /// <summary>ICU/Java <c>\v</c> (vertical white space, not .NET's vertical tab).</summary>
    public const string VerticalSpace = @"\n\x0B\f\r\x85\u2028\u2029";

    private static readonly FrozenSet<string> GeneralCategories = new[]
    {
        "L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd", "Nl", "No",
        "P", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "S", "Sm", "Sc", "Sk", "So",
        "Z", "Zs", "Zl", "Zp", "C", "Cc", "Cf", "Cs", "Co", "Cn",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Java POSIX-style names, java.lang.Character names and Unicode long names, read the ICU way (Unicode, not
    // ASCII-only), because SRX rules are written against ICU.
    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Lower"] = @"\p{Ll}", ["Lowercase"] = @"\p{Ll}", ["javaLowerCase"] = @"\p{Ll}", ["Lowercase_Letter"] = @"\p{Ll}",
        ["Upper"] = @"\p{Lu}", ["Uppercase"] = @"\p{Lu}", ["javaUpperCase"] = @"\p{Lu}", ["Uppercase_Letter"] = @"\p{Lu}",
        ["Titlecase_Letter"] = @"\p{Lt}", ["javaTitleCase"] = @"\p{Lt}",
        ["Alpha"] = @"\p{L}\p{Nl}", ["Alphabetic"] = @"\p{L}\p{Nl}", ["Letter"] = @"\p{L}", ["javaLetter"] = @"\p{L}",
        ["Digit"] = @"\p{Nd}", ["javaDigit"] = @"\p{Nd}", ["Decimal_Number"] = @"\p{Nd}", ["Number"] = @"\p{N}",
        ["Alnum"] = @"\p{L}\p{Nl}\p{Nd}", ["javaLetterOrDigit"] = @"\p{L}\p{Nd}",
        ["Punct"] = @"\p{P}", ["Punctuation"] = @"\p{P}",
        ["Space"] = @"\s", ["White_Space"] = @"\s", ["WhiteSpace"] = @"\s", ["javaWhitespace"] = @"\s",
        ["Blank"] = @"\t\p{Zs}", ["Cntrl"] = @"\p{Cc}", ["XDigit"] = "0-9A-Fa-f", ["ASCII"] = @"\x00-\x7F",
        ["Symbol"] = @"\p{S}", ["Mark"] = @"\p{M}", ["Separator"] = @"\p{Z}", ["Space_Separator"] = @"\p{Zs}",
        ["LC"] = @"\p{Lu}\p{Ll}\p{Lt}", ["L&"] = @"\p{Lu}\p{Ll}\p{Lt}",
        // .NET has Unicode blocks but no scripts; these are the blocks that make up each common script.
        ["Latin"] = @"A-Za-z\u00AA\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF\u2C60-\u2C7F\uA720-\uA7FF\uAB30-\uAB6F\uFF21-\uFF3A\uFF41-\uFF5A",
        ["Cyrillic"] = @"\u0400-\u052F\u1C80-\u1C8F\u2DE0-\u2DFF\uA640-\uA69F",
        ["Greek"] = @"\u0370-\u03FF\u1F00-\u1FFF",
        ["Armenian"] = @"\u0530-\u058F\uFB13-\uFB17",
        ["Georgian"] = @"\u10A0-\u10FF\u2D00-\u2D2F",
        ["Hebrew"] = @"\u0590-\u05FF\uFB1D-\uFB4F",
        ["Arabic"] = @"\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF",
        ["Thai"] = @"\u0E00-\u0E7F",
        ["Khmer"] = @"\u1780-\u17FF\u19E0-\u19FF",
        ["Devanagari"] = @"\u0900-\u097F\uA8E0-\uA8FF",
        ["Han"] = @"\u2E80-\u2FDF\u3005\u3007\u3021-\u3029\u3038-\u303B\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF",
        ["Hiragana"] = @"\u3040-\u309F",
        ["Katakana"] = @"\u30A0-\u30FF\u31F0-\u31FF\uFF66-\uFF9F",
        ["Hangul"] = @"\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>A property as a stand-alone .NET construct, or null when the name is unknown.</summary>
    public static string? PropertyOutsideClass(string name, bool negated)
    {
        if (Resolve(name) is not { } body)
        {
            return null;
        }

        if (IsSingleProperty(body))
        {
            return negated ? @"\P" + body[2..] : body;
        }

        return (negated ? "[^" : "[") + body + "]";
    }

    /// <summary>A property as part of a .NET class body, or null when unknown or not expressible there.</summary>
    public static string? PropertyInsideClass(string name, bool negated)
    {
        if (Resolve(name) is not { } body)
        {
            return null;
        }

        if (!negated)
        {
            return body;
        }

        return IsSingleProperty(body) ? @"\P" + body[2..] : body == @"\s" ? @"\S" : null;
    }

    private static bool IsSingleProperty(string body) =>
        body.StartsWith(@"\p{", StringComparison.Ordinal) && body.IndexOf('\\', 1) < 0;

    private static string? Resolve(string name)
    {
        var bare = name.Trim();
        foreach (var prefix in new[] { "gc=", "general_category=", "sc=", "script=" })
        {
            if (bare.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                bare = bare[prefix.Length..];
            }
        }

        if (GeneralCategories.Contains(bare))
        {
            return @"\p{" + bare + "}";
        }

        var javaIs = bare.StartsWith("Is", StringComparison.Ordinal) && bare.Length > 2;
        if (javaIs)
        {
            var rest = bare[2..];
            if (GeneralCategories.Contains(rest))
            {
                return @"\p{" + rest + "}";
            }

            bare = rest;
        }

        if (Aliases.TryGetValue(bare, out var body))
        {
            return body;
        }

        // Java's \p{InGreek} and ICU's \p{block=Greek} name Unicode blocks, which .NET calls \p{IsGreek}.
        foreach (var prefix in new[] { "In", "block=", "blk=" })
        {
            if (bare.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && bare.Length > prefix.Length)
            {
                return @"\p{Is" + bare[prefix.Length..].Replace("_", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal) + "}";
            }
        }

        // Anything else written as Is… is taken as a .NET block name; the .NET parser rejects unknown ones.
        return javaIs ? @"\p{Is" + bare + "}" : null;
    }
}
