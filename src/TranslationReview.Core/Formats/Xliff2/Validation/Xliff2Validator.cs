using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>
/// Validates an XLIFF 2.0/2.1 document against the core specification and its modules (structure, attribute values, id
/// scopes, inline code pairing and editing hints, references, fragment identifiers, module constraints) without an
/// XSD at run time. The first violation becomes a <see cref="DocumentFormatException"/> naming the constraint and the
/// line and column of the offending element.
/// </summary>
public static class Xliff2Validator
{
    private static readonly IXliff2Rule[] Rules =
    [
        new StructureRules(),
        new AttributeValueRules(),
        new LanguageRules(),
        new SegmentRules(),
        new InlineCodeRules(),
        new EditingHintRules(),
        new FragmentIdentifierRules(),
        new AnnotationRules(),
        new IdentifierRules(),
        new ModuleRules(),
    ];

    /// <summary>Loads (safely, see <see cref="SecureXml"/>) and validates an XLIFF 2 file; throws <see cref="DocumentFormatException"/> when it is not valid.</summary>
    public static async Task ValidateAsync(Stream input, string fileName, CancellationToken cancellationToken)
    {
        var document = await SecureXml.LoadAsync(input, fileName, cancellationToken).ConfigureAwait(false);
        Validate(document, fileName);
    }

    /// <summary>Throws <see cref="DocumentFormatException"/> when <paramref name="document"/> is not valid XLIFF 2.</summary>
    public static void Validate(XDocument document, string fileName)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.Root ?? throw new DocumentFormatException(fileName, "the file holds no XML element");
        if (root.Name != Xliff2Names.Xliff)
        {
            throw SecureXml.ErrorAt(fileName, root,
                $"not an XLIFF 2 document: the root element is <{root.Name.LocalName}> in namespace \"{root.Name.NamespaceName}\", expected <xliff> in \"{Xliff2Names.CoreUri}\"");
        }

        var version = (string?)root.Attribute("version");
        if (version is null || !version.StartsWith("2.", StringComparison.Ordinal))
        {
            throw SecureXml.ErrorAt(fileName, root,
                $"<xliff> must have version=\"2.0\" or \"2.1\" (found {(version is null ? "none" : "\"" + version + "\"")})");
        }

        var context = new Xliff2ValidationContext(document, fileName);
        foreach (var rule in Rules)
        {
            rule.Check(context);
        }
    }
}
