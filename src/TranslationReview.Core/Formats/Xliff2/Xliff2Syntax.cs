using System.Xml;

namespace TranslationReview.Core.Formats.Xliff2;

/// <summary>Lexical checks shared by the reader, writer and validator.</summary>
internal static class Xliff2Syntax
{
    /// <summary>True for an XML NMTOKEN (the type of every XLIFF 2 id).</summary>
    public static bool IsNmToken(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!XmlConvert.IsNCNameChar(c) && c != ':' && !char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for a character XML 1.0 can carry as is; others need <c>&lt;cp/&gt;</c>.</summary>
    public static bool IsXmlChar(int codePoint) => codePoint is 0x9 or 0xA or 0xD
        or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    /// <summary>Turns any text into an NMTOKEN usable as an id (invalid characters become <c>_</c>).</summary>
    public static string ToNmToken(string value)
    {
        if (value.Length == 0)
        {
            return "_";
        }

        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!XmlConvert.IsNCNameChar(chars[i]) && chars[i] != ':')
            {
                chars[i] = '_';
            }
        }

        return new string(chars);
    }
}
