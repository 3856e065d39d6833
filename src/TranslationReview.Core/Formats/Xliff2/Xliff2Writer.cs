using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Xliff2;

/// <summary>
/// Writes XLIFF 2 (format id <c>xliff</c>). A document read from XLIFF 2 keeps its version (raised to 2.1 when it
/// carries 2.1-only modules: ITS, change tracking 2.1); a document from another format is written as XLIFF 2.1. Units
/// are rebuilt from the segments sharing a unit id and put back where the reader found them (groups, file-level
/// modules, notes and skeleton included); segments without a place are appended to their file. Codes from other formats
/// become <c>pc</c>/<c>sc</c>/<c>ec</c>/<c>ph</c>/<c>mrk</c>/<c>sm</c>/<c>em</c> by kind, with their native data in
/// <c>&lt;originalData&gt;</c>. The output passes <see cref="Validation.Xliff2Validator"/>.
/// </summary>
public sealed class Xliff2Writer : IBilingualWriter
{
    /// <inheritdoc />
    public string FormatId => "xliff";

    /// <inheritdoc />
    public string FileExtension => ".xlf";

    /// <inheritdoc />
    public async Task WriteAsync(BilingualDocument document, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var xml = ToXml(document);
        await XmlOutput.SaveAsync(xml, output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The XLIFF 2 document for <paramref name="document"/>.</summary>
    public static XDocument ToXml(BilingualDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = new XElement(Xliff2Names.Xliff, new XAttribute("xmlns", Xliff2Names.CoreUri));
        foreach (var (key, value) in document.Properties)
        {
            if (key.StartsWith(Xliff2Keys.NamespacePrefix, StringComparison.Ordinal) && key.Length > Xliff2Keys.NamespacePrefix.Length)
            {
                root.SetAttributeValue(XNamespace.Xmlns + key[Xliff2Keys.NamespacePrefix.Length..], value);
            }
        }

        root.Add(new XAttribute("version", "2.0"), new XAttribute("srcLang", document.SourceLanguage));
        if (document.TargetLanguage is not null)
        {
            root.Add(new XAttribute("trgLang", document.TargetLanguage));
        }
        else if (document.Segments.Any(s => s.Target is not null))
        {
            throw new InvalidOperationException(
                $"\"{document.Name}\" has translations but no target language; XLIFF 2 needs one (trgLang): set the document's target language before exporting");
        }

        Xliff2UnitWriter.AddAttributes(root, document.Properties, Xliff2Keys.RootAttribute);
        root.Add(Xliff2FileLayout.Files(document));
        RemoveRedundantDeclarations(root);
        Xliff2Indentation.Apply(root);
        root.SetAttributeValue("version", Version(document, root));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XText("\n"), root);
    }

    private static string Version(BilingualDocument document, XElement root)
    {
        var original = document.Properties.GetValueOrDefault(Xliff2Keys.Version);
        var uses21 = false;
        foreach (var element in root.DescendantsAndSelf())
        {
            uses21 |= Xliff2Names.IsVersion21Only(element.Name.NamespaceName);
            for (var attribute = element.FirstAttribute; attribute is not null && !uses21; attribute = attribute.NextAttribute)
            {
                uses21 = !attribute.IsNamespaceDeclaration && Xliff2Names.IsVersion21Only(attribute.Name.NamespaceName);
            }

            if (uses21)
            {
                break;
            }
        }

        return original switch
        {
            null => "2.1",
            _ when uses21 => "2.1",
            _ => original,
        };
    }

    private static void RemoveRedundantDeclarations(XElement root)
    {
        foreach (var element in root.Descendants())
        {
            XAttribute? next;
            for (var declaration = element.FirstAttribute; declaration is not null; declaration = next)
            {
                next = declaration.NextAttribute;
                if (!declaration.IsNamespaceDeclaration)
                {
                    continue;
                }

                var inScope = declaration.Name.Namespace == XNamespace.None
                    ? element.Parent!.GetDefaultNamespace()
                    : element.Parent!.GetNamespaceOfPrefix(declaration.Name.LocalName);
                if (inScope is not null && inScope.NamespaceName == declaration.Value)
                {
                    declaration.Remove();
                }
            }
        }
    }
}
