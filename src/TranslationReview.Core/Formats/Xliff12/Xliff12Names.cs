using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff12;

/// <summary>Namespaces and the property keys under which the XLIFF 1.2 reader keeps what its writer needs.</summary>
internal static class Xliff12Names
{
    public static readonly XNamespace Xliff = "urn:oasis:names:tc:xliff:document:1.2";

    /// <summary>Marks an inline code whose native data is XML markup (a <c>&lt;sub&gt;</c> inside a <c>&lt;ph&gt;</c>), not text.</summary>
    public const string NativeMarkupKey = "trv:native";

    /// <summary>Value of <see cref="NativeMarkupKey"/>: the native data is the element's inner XML.</summary>
    public const string NativeMarkupInner = "xliff12";

    /// <summary>Value of <see cref="NativeMarkupKey"/>: the code is a foreign element kept whole in the native data.</summary>
    public const string NativeMarkupElement = "xliff12-element";

    // Document properties.
    public const string Version = "xliff12/version";
    public const string Namespace = "xliff12/namespace";
    public const string RootAttributePrefix = "xliff12/root/";
    public const string GroupShellPrefix = "xliff12/group/";

    // Segment properties; keys without a slash are trans-unit attributes by qualified name.
    public const string UnitOrdinal = "xliff12/unit";
    public const string GroupPath = "xliff12/groups";
    public const string Mid = "xliff12/mid";
    public const string GapBefore = "xliff12/gap";
    public const string GapAfter = "xliff12/tail";
    public const string SegSourceSkeleton = "xliff12/seg-source";
    public const string TargetSkeleton = "xliff12/target-skeleton";
    public const string SourcePrefix = "source/";
    public const string TargetPrefix = "target/";
    public const string TargetState = "target/state";
    public const string TargetStateQualifier = "target/state-qualifier";

    /// <summary>The inline elements of XLIFF 1.2.</summary>
    public static readonly IReadOnlySet<string> InlineElements =
        new HashSet<string>(StringComparer.Ordinal) { "g", "x", "bx", "ex", "bpt", "ept", "ph", "it", "mrk", "sub" };

    /// <summary>The attributes XLIFF 1.2 allows on inline elements (besides <c>id</c> and namespaced extensions).</summary>
    public static readonly IReadOnlySet<string> InlineAttributes = new HashSet<string>(StringComparer.Ordinal)
    {
        "ctype", "equiv-text", "rid", "xid", "crc", "assoc", "pos", "clone", "css-style", "style", "exstyle", "ts",
        "mtype", "comment", "datatype", "xml:lang",
    };

    /// <summary>The qualified name of an attribute as the document spells it (<c>its:locQualityIssuesRef</c>).</summary>
    public static string QualifiedName(XAttribute attribute)
    {
        var name = attribute.Name;
        if (name.Namespace == XNamespace.None)
        {
            return name.LocalName;
        }

        if (name.Namespace == XNamespace.Xml)
        {
            return "xml:" + name.LocalName;
        }

        var prefix = attribute.Parent?.GetPrefixOfNamespace(name.Namespace);
        return prefix is null ? name.ToString() : prefix + ":" + name.LocalName;
    }

    /// <summary>Resolves a qualified attribute name back to an <see cref="XName"/> using the declared prefixes; null for an undeclared prefix.</summary>
    public static XName? ResolveAttribute(string qualifiedName, IReadOnlyDictionary<string, XNamespace> prefixes)
    {
        if (qualifiedName.StartsWith('{'))
        {
            return XName.Get(qualifiedName);
        }

        var colon = qualifiedName.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return qualifiedName;
        }

        var prefix = qualifiedName[..colon];
        var local = qualifiedName[(colon + 1)..];
        if (prefix == "xml")
        {
            return XNamespace.Xml + local;
        }

        return prefixes.TryGetValue(prefix, out var ns) ? ns + local : null;
    }
}
