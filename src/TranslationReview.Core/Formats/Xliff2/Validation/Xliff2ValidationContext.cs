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
    }

    public XDocument Document { get; }

    public string FileName { get; }

    public XElement Root { get; }

    /// <summary>Every element of the XLIFF core namespace with this local name, in document order.</summary>
    public IEnumerable<XElement> Core(string localName) => Root.DescendantsAndSelf(Xliff2Names.Core + localName);

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
