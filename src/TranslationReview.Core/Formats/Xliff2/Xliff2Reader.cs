using System.Xml.Linq;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats.Xliff2.Validation;

namespace TranslationReview.Core.Formats.Xliff2;

/// <summary>
/// Reads XLIFF 2.0/2.1 (format id <c>xliff</c>): validates the whole document against the core and module constraints
/// first (<see cref="Xliff2Validator"/>), then maps every <c>&lt;segment&gt;</c> to a <see cref="Segment"/>, keeping
/// groups, ignorables, notes, modules and extensions for the writer (see <c>Xliff2Keys</c> for where each is kept).
/// Segment ids: the unit id for a unit with one segment, <c>unit/segment</c> (the segment's id, or its 1-based position
/// when it has none) for the others, prefixed with <c>file/</c> when the document has several files; states follow
/// <c>Xliff2StateMapping</c>.
/// </summary>
public sealed class Xliff2Reader : IBilingualReader
{
    /// <inheritdoc />
    public string FormatId => "xliff";

    /// <inheritdoc />
    public bool CanRead(string fileName, string head)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(head);
        if (head.Contains("<xliff", StringComparison.Ordinal))
        {
            return head.Contains(Xliff2Names.CoreUri, StringComparison.Ordinal);
        }

        // The root is not in the first bytes (a long comment or DOCTYPE): the extension decides, unless an XLIFF 1.x
        // namespace is already visible.
        var extension = Path.GetExtension(fileName);
        return (extension.Equals(".xlf", StringComparison.OrdinalIgnoreCase) || extension.Equals(".xliff", StringComparison.OrdinalIgnoreCase))
            && !head.Contains("urn:oasis:names:tc:xliff:document:1.", StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public async Task<BilingualDocument> ReadAsync(Stream input, string fileName, ReadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var xml = await SecureXml.LoadAsync(input, fileName, cancellationToken).ConfigureAwait(false);
        return Read(xml, fileName);
    }

    /// <summary>Maps an already loaded XLIFF 2 document (validated here) to the model.</summary>
    public static BilingualDocument Read(XDocument xml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(xml);
        Xliff2Validator.Validate(xml, fileName);
        var root = xml.Root!;
        var files = root.Elements(Xliff2Names.File).ToList();
        var segments = new List<Segment>();
        var skeletons = new List<string>();
        foreach (var file in files)
        {
            var fileId = (string)file.Attribute("id")!;
            foreach (var unit in file.Descendants(Xliff2Names.Unit))
            {
                segments.AddRange(Xliff2UnitReader.Read(unit, fileId, prefixFileId: files.Count > 1));
            }

            var skeleton = Skeleton(file);
            CopyNamespaceDeclarations(file, skeleton);
            skeletons.Add(skeleton.ToString(SaveOptions.DisableFormatting));
        }

        return new BilingualDocument(
            fileName,
            (string)root.Attribute("srcLang")!,
            (string?)root.Attribute("trgLang"),
            segments)
        {
            Properties = RootProperties(root),
            PreservedXml = skeletons,
        };
    }

    /// <summary>A copy of a file or group where each unit is a placeholder (built in one pass: replacing nodes in place is quadratic in XLinq).</summary>
    private static XElement Skeleton(XElement container) => new(
        container.Name,
        container.Attributes(),
        container.Nodes().Select(node => node switch
        {
            XElement unit when unit.Name == Xliff2Names.Unit =>
                new XElement(Xliff2Names.UnitPlaceholder, new XAttribute("ref", (string)unit.Attribute("id")!)),
            XElement group when group.Name == Xliff2Names.Group => Skeleton(group),
            _ => node,
        }));

    /// <summary>Declares on a detached copy every namespace in scope at the original, so the copy stands alone.</summary>
    internal static void CopyNamespaceDeclarations(XElement original, XElement copy)
    {
        foreach (var ancestor in original.Ancestors())
        {
            foreach (var declaration in ancestor.Attributes().Where(a => a.IsNamespaceDeclaration))
            {
                if (copy.Attribute(declaration.Name) is null)
                {
                    copy.Add(new XAttribute(declaration.Name, declaration.Value));
                }
            }
        }
    }

    private static Dictionary<string, string> RootProperties(XElement root)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Xliff2Keys.Version] = (string)root.Attribute("version")!,
        };
        foreach (var attribute in root.Attributes())
        {
            if (attribute.IsNamespaceDeclaration)
            {
                var prefix = attribute.Name.Namespace == XNamespace.None ? string.Empty : attribute.Name.LocalName;
                properties[Xliff2Keys.NamespacePrefix + prefix] = attribute.Value;
            }
            else if (attribute.Name.LocalName is not ("version" or "srcLang" or "trgLang") || attribute.Name.Namespace != XNamespace.None)
            {
                properties[Xliff2Keys.RootAttribute + attribute.Name] = attribute.Value;
            }
        }

        return properties;
    }
}
