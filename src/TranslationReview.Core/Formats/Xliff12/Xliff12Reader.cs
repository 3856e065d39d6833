using System.Text.RegularExpressions;
using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Xliff12;

/// <summary>
/// Reads XLIFF 1.2 (and 1.0/1.1) as written by Trados Studio (<c>.sdlxliff</c>), memoQ (<c>.mqxliff</c>), Okapi,
/// WorldServer and others: one segment per trans-unit, or per <c>&lt;mrk mtype="seg"&gt;</c> of a segmented unit.
/// Everything the model has no place for (alt-trans, vendor extensions, headers, groups) is kept so that
/// <see cref="Xliff12Writer"/> gives it back.
/// </summary>
public sealed partial class Xliff12Reader : IBilingualReader
{
    /// <inheritdoc />
    public string FormatId => "xliff12";

    /// <inheritdoc />
    public bool CanRead(string fileName, string head)
    {
        var root = XliffRoot().Match(head);
        if (root.Success)
        {
            return root.Value.Contains("urn:oasis:names:tc:xliff:document:1.", StringComparison.Ordinal)
                || XliffVersion1().IsMatch(root.Value)
                || !root.Value.Contains("version", StringComparison.Ordinal);
        }

        var extension = Path.GetExtension(fileName).ToUpperInvariant();
        return !head.Contains("<xliff", StringComparison.Ordinal)
            && extension is ".XLF" or ".XLIFF" or ".SDLXLIFF" or ".MQXLIFF";
    }

    /// <inheritdoc />
    public async Task<BilingualDocument> ReadAsync(Stream input, string fileName, ReadOptions options, CancellationToken cancellationToken)
    {
        var xml = await SecureXml.LoadAsync(input, fileName, cancellationToken).ConfigureAwait(false);
        var root = xml.Root!;
        if (root.Name.LocalName != "xliff")
        {
            throw SecureXml.ErrorAt(fileName, root, $"expected an <xliff> root element, found <{root.Name.LocalName}>");
        }

        var version = (string?)root.Attribute("version") ?? "1.2";
        if (!version.StartsWith("1.", StringComparison.Ordinal))
        {
            throw SecureXml.ErrorAt(fileName, root, $"this is XLIFF {version}, not XLIFF 1.x");
        }

        var ns = root.Name.Namespace;
        var files = root.Elements(ns + "file").ToList();
        if (files.Count == 0)
        {
            throw SecureXml.ErrorAt(fileName, root, "the XLIFF file has no <file> element");
        }

        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Xliff12Names.Version] = version,
            [Xliff12Names.Namespace] = ns.NamespaceName,
        };
        foreach (var attribute in root.Attributes())
        {
            var key = attribute.IsNamespaceDeclaration
                ? (attribute.Name.Namespace == XNamespace.None ? "xmlns" : "xmlns:" + attribute.Name.LocalName)
                : Xliff12Names.QualifiedName(attribute);
            properties[Xliff12Names.RootAttributePrefix + key] = attribute.Value;
        }

        var walker = new Xliff12BodyWalker(ns, fileName, properties);
        var preserved = new List<string>();
        var fileIds = new Xliff12FileIds();
        foreach (var element in root.Elements())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (element.Name == ns + "file")
            {
                walker.ReadFile(element, fileIds.Next(element));
                var shell = new XElement(element.Name, element.Attributes(), element.Element(ns + "header"));
                preserved.Add(shell.ToString(SaveOptions.DisableFormatting));
            }
            else
            {
                preserved.Add(element.ToString(SaveOptions.DisableFormatting));
            }
        }

        var first = files[0];
        var targetLanguage = (string?)first.Attribute("target-language")
            ?? walker.Segments.Select(s => s.Properties.GetValueOrDefault(Xliff12Names.TargetPrefix + "xml:lang")).FirstOrDefault(l => l is not null);
        return new BilingualDocument(
            fileName,
            (string?)first.Attribute("source-language") ?? throw SecureXml.ErrorAt(fileName, first, "<file> has no source-language attribute"),
            targetLanguage,
            walker.Segments)
        {
            Properties = properties,
            PreservedXml = preserved,
        };
    }

    [GeneratedRegex(@"<(?:[\w.-]+:)?xliff\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex XliffRoot();

    [GeneratedRegex(@"\bversion\s*=\s*[""']1\.\d", RegexOptions.CultureInvariant)]
    private static partial Regex XliffVersion1();
}
