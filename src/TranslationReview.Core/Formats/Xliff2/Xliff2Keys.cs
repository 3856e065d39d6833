namespace TranslationReview.Core.Formats.Xliff2;

/// <summary>
/// How the XLIFF 2 reader keeps what the document model has no place for, so the writer gives it back.
/// <list type="bullet">
/// <item><b>Document.PreservedXml</b>: one entry per <c>&lt;file&gt;</c>: the file element with its attributes,
/// skeleton, module and extension elements, notes and groups (ids, attributes, notes, modules, nesting), where each
/// <c>&lt;unit&gt;</c> is replaced by a placeholder <c>&lt;trv:unit ref="unit id"/&gt;</c>. The writer puts the units
/// rebuilt from the segments back at their placeholders, so groups re-nest exactly.</item>
/// <item><b>Document.Properties</b>: <c>xliff2:version</c>, other attributes of <c>&lt;xliff&gt;</c> as
/// <c>xliff2:xliff@{name}</c>, namespace declarations as <c>xliff2:xmlns:{prefix}</c>.</item>
/// <item><b>Segment.PreservedXml</b> (first segment of a unit): the unit's module and extension elements
/// (<c>mtc:matches</c>, <c>gls:glossary</c>, <c>mda:metadata</c>, <c>res:resourceData</c>, <c>val:validation</c>,
/// <c>ctr:changeTrack</c>, unknown namespaces), verbatim and self-contained (namespaces declared on each).</item>
/// <item><b>Segment.Properties</b>: unit attributes as <c>xliff2:unit@{name}</c> (first segment); segment attributes as
/// <c>xliff2:segment@{name}</c>; <c>source</c>/<c>target</c> attributes as <c>xliff2:source@{name}</c> /
/// <c>xliff2:target@{name}</c>; the unit's <c>&lt;notes&gt;</c> verbatim as <c>xliff2:notes</c>; <c>&lt;data&gt;</c>
/// attributes as <c>xliff2:data:{id}@{name}</c>; <c>&lt;ignorable&gt;</c> elements verbatim as
/// <c>xliff2:ignorable-before</c> (before the unit's first segment) and <c>xliff2:ignorable-after</c> (after the
/// segment that holds it); the enclosing group ids as <c>xliff2:groups</c> (<c>g1/g2</c>, for display).
/// Names are <see cref="System.Xml.Linq.XName"/> strings: <c>{namespace}local</c> for namespaced attributes.</item>
/// <item><b>InlineCode.Attributes</b>: every attribute but <c>id</c>, <c>startRef</c> and <c>isolated</c> (recomputed on
/// writing), by the same names; <c>&lt;data&gt;</c> content is decoded into <c>NativeData</c>.</item>
/// </list>
/// </summary>
internal static class Xliff2Keys
{
    public const string Version = "xliff2:version";
    public const string RootAttribute = "xliff2:xliff@";
    public const string NamespacePrefix = "xliff2:xmlns:";
    public const string UnitAttribute = "xliff2:unit@";
    public const string SegmentAttribute = "xliff2:segment@";
    public const string SourceAttribute = "xliff2:source@";
    public const string TargetAttribute = "xliff2:target@";
    public const string Notes = "xliff2:notes";
    public const string DataAttribute = "xliff2:data:";
    public const string IgnorableBefore = "xliff2:ignorable-before";
    public const string IgnorableAfter = "xliff2:ignorable-after";
    public const string Groups = "xliff2:groups";
}
