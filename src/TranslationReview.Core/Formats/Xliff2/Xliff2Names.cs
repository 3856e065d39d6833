using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff2;

/// <summary>The namespaces of XLIFF 2 core and its modules, and the core element names.</summary>
internal static class Xliff2Names
{
    public const string CoreUri = "urn:oasis:names:tc:xliff:document:2.0";
    public const string MatchesUri = "urn:oasis:names:tc:xliff:matches:2.0";
    public const string GlossaryUri = "urn:oasis:names:tc:xliff:glossary:2.0";
    public const string FormatStyleUri = "urn:oasis:names:tc:xliff:fs:2.0";
    public const string MetadataUri = "urn:oasis:names:tc:xliff:metadata:2.0";
    public const string ResourceDataUri = "urn:oasis:names:tc:xliff:resourcedata:2.0";
    public const string ChangeTrackingUri = "urn:oasis:names:tc:xliff:changetracking:2.0";
    public const string ChangeTracking21Uri = "urn:oasis:names:tc:xliff:changetracking:2.1";
    public const string SizeRestrictionUri = "urn:oasis:names:tc:xliff:sizerestriction:2.0";
    public const string ValidationUri = "urn:oasis:names:tc:xliff:validation:2.0";
    public const string ItsUri = "http://www.w3.org/2005/11/its";
    public const string ItsModuleUri = "urn:oasis:names:tc:xliff:itsm:2.1";

    /// <summary>Namespace of the placeholders the reader leaves in a file skeleton where each unit was.</summary>
    public const string SkeletonUri = "urn:translationreview:xliff2-skeleton";

    public static readonly XNamespace Core = CoreUri;
    public static readonly XNamespace Xml = XNamespace.Xml;

    public static readonly XName Xliff = Core + "xliff";
    public static readonly XName File = Core + "file";
    public static readonly XName Skeleton = Core + "skeleton";
    public static readonly XName Group = Core + "group";
    public static readonly XName Unit = Core + "unit";
    public static readonly XName Segment = Core + "segment";
    public static readonly XName Ignorable = Core + "ignorable";
    public static readonly XName Notes = Core + "notes";
    public static readonly XName Note = Core + "note";
    public static readonly XName OriginalData = Core + "originalData";
    public static readonly XName Data = Core + "data";
    public static readonly XName Source = Core + "source";
    public static readonly XName Target = Core + "target";
    public static readonly XName Cp = Core + "cp";
    public static readonly XName Ph = Core + "ph";
    public static readonly XName Pc = Core + "pc";
    public static readonly XName Sc = Core + "sc";
    public static readonly XName Ec = Core + "ec";
    public static readonly XName Mrk = Core + "mrk";
    public static readonly XName Sm = Core + "sm";
    public static readonly XName Em = Core + "em";
    public static readonly XName XmlLang = Xml + "lang";
    public static readonly XName XmlSpace = Xml + "space";
    public static readonly XName UnitPlaceholder = XNamespace.Get(SkeletonUri) + "unit";

    /// <summary>True for the namespaces of the modules that XLIFF 2.1 defines.</summary>
    public static bool IsModule(XNamespace ns) => ns.NamespaceName is MatchesUri or GlossaryUri or FormatStyleUri
        or MetadataUri or ResourceDataUri or ChangeTrackingUri or ChangeTracking21Uri or SizeRestrictionUri
        or ValidationUri or ItsUri or ItsModuleUri;

    /// <summary>True for the namespaces that only XLIFF 2.1 documents use (ITS module, change tracking 2.1).</summary>
    public static bool IsVersion21Only(string namespaceUri) =>
        namespaceUri is ItsUri or ItsModuleUri or ChangeTracking21Uri;
}
