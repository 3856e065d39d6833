using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>The document under validation and the way a rule reports the first violation it finds.</summary>
internal sealed class Xliff2ValidationContext
{
    public Xliff2ValidationContext(XDocument document, string fileName)
    {
        Document = document;
        FileName = fileName;
        Root = document.Root!;
        AllElements = [.. Root.DescendantsAndSelf()];
        CoreElements = [.. AllElements.Where(e => e.Name.Namespace == Xliff2Names.Core)];
    }

    /// <summary>Every element of the document in document order, collected once for all rules.</summary>
    public IReadOnlyList<XElement> AllElements { get; }

    /// <summary>Every element of the XLIFF core namespace, in document order.</summary>
    public IReadOnlyList<XElement> CoreElements { get; }

    /// <summary>The attributes of an element other than namespace declarations, without allocating an iterator.</summary>
    public static List<XAttribute> AttributesOf(XElement element)
    {
        var attributes = new List<XAttribute>();
        for (var attribute = element.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
        {
            if (!attribute.IsNamespaceDeclaration)
            {
                attributes.Add(attribute);
            }
        }

        return attributes;
    }

    /// <summary>True when the element has an attribute in <paramref name="ns"/>.</summary>
    public static bool HasAttributeIn(XElement element, XNamespace ns)
    {
        for (var attribute = element.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
        {
            if (attribute.Name.Namespace == ns)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first text node of an element that is not white space, or null.</summary>
    public static XText? FirstText(XElement element)
    {
        for (var node = element.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XText text && !string.IsNullOrWhiteSpace(text.Value))
            {
                return text;
            }
        }

        return null;
    }

    public XDocument Document { get; }

    public string FileName { get; }

    public XElement Root { get; }

    /// <summary>Every element of the XLIFF core namespace with this local name, in document order.</summary>
    public IEnumerable<XElement> Core(string localName)
    {
        var name = Xliff2Names.Core + localName;
        return CoreElements.Where(e => e.Name == name);
    }

    /// <summary>Stops validation: the document violates <paramref name="reason"/> at <paramref name="node"/>.</summary>
    public DocumentFormatException Fail(XObject node, string reason) => SecureXml.ErrorAt(FileName, node, reason);

    /// <summary>The enclosing unit of an element, or null.</summary>
    public static XElement? UnitOf(XElement element) => element.AncestorsAndSelf(Xliff2Names.Unit).FirstOrDefault();

    /// <summary>A short description of where an element is (<c>unit "u1"</c>), for messages.</summary>
    public static string Where(XElement element)
    {
        var unit = UnitOf(element);
        var file = element.AncestorsAndSelf(Xliff2Names.File).FirstOrDefault();
        return (file, unit) switch
        {
            (_, not null) => $"in unit \"{(string?)unit.Attribute("id")}\"",
            (not null, null) => $"in file \"{(string?)file.Attribute("id")}\"",
            _ => "in the document",
        };
    }
}
