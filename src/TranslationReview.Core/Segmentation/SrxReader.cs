using System.Xml.Linq;
using TranslationReview.Core.Formats;

namespace TranslationReview.Core.Segmentation;

/// <summary>
/// Reads SRX 2.0 (and 1.0) files into an <see cref="SrxRuleSet"/>. Elements are matched by local name, so
/// files with or without the <c>http://www.lisa.org/srx20</c> namespace load alike; tool extensions (Okapi's
/// <c>okpsrx:</c> options) are ignored. Structural errors become <see cref="DocumentFormatException"/>s with
/// the file and line; the regular expressions themselves are checked when a segmenter compiles them.
/// </summary>
public static class SrxReader
{
    /// <summary>Reads an SRX document from a stream; <paramref name="fileName"/> names it in errors.</summary>
    public static async Task<SrxRuleSet> ReadAsync(Stream input, string fileName, CancellationToken cancellationToken)
    {
        var document = await SecureXml.LoadAsync(input, fileName, cancellationToken).ConfigureAwait(false);
        return Read(document, fileName);
    }

    /// <summary>Reads an already loaded SRX document.</summary>
    public static SrxRuleSet Read(XDocument document, string fileName)
    {
        var root = document.Root ?? throw new DocumentFormatException(fileName, "the file holds no XML element");
        if (root.Name.LocalName != "srx")
        {
            throw SecureXml.ErrorAt(fileName, root, $"the root element is <{root.Name.LocalName}>, not <srx>: this is not an SRX file");
        }

        var version = (string?)root.Attribute("version");
        if (version is not ("1.0" or "2.0"))
        {
            throw SecureXml.ErrorAt(fileName, root, $"unsupported SRX version '{version}' (expected 2.0 or 1.0)");
        }

        var header = Child(root, "header") ?? throw SecureXml.ErrorAt(fileName, root, "<srx> has no <header>");
        var body = Child(root, "body") ?? throw SecureXml.ErrorAt(fileName, root, "<srx> has no <body>");
        var cascade = YesNo(fileName, header, "cascade", defaultValue: false);
        var segmentSubflows = YesNo(fileName, header, "segmentsubflows", defaultValue: true);

        var languageRules = ReadLanguageRules(fileName, body);
        var maps = ReadMaps(fileName, body, languageRules);
        return new SrxRuleSet(fileName, cascade, segmentSubflows, languageRules, maps);
    }

    private static List<SrxLanguageRule> ReadLanguageRules(string fileName, XElement body)
    {
        var container = Child(body, "languagerules") ?? throw SecureXml.ErrorAt(fileName, body, "<body> has no <languagerules>");
        var result = new List<SrxLanguageRule>();
        foreach (var element in Children(container, "languagerule"))
        {
            var name = (string?)element.Attribute("languagerulename");
            if (string.IsNullOrWhiteSpace(name))
            {
                throw SecureXml.ErrorAt(fileName, element, "<languagerule> has no languagerulename");
            }

            if (result.Exists(r => r.Name == name))
            {
                throw SecureXml.ErrorAt(fileName, element, $"languagerule '{name}' is defined twice");
            }

            var rules = Children(element, "rule").Select(rule => ReadRule(fileName, name, rule)).ToList();
            result.Add(new SrxLanguageRule(name, rules));
        }

        return result;
    }

    private static SrxRule ReadRule(string fileName, string ruleName, XElement rule)
    {
        var isBreak = YesNo(fileName, rule, "break", defaultValue: true);
        var before = Child(rule, "beforebreak")?.Value ?? string.Empty;
        var after = Child(rule, "afterbreak")?.Value ?? string.Empty;
        if (before.Length == 0 && after.Length == 0)
        {
            throw SecureXml.ErrorAt(fileName, rule,
                $"a rule of languagerule '{ruleName}' has neither <beforebreak> nor <afterbreak>: it would match every position");
        }

        return new SrxRule(isBreak, before, after, SecureXml.PositionOf(rule).Line);
    }

    private static List<SrxLanguageMap> ReadMaps(string fileName, XElement body, List<SrxLanguageRule> languageRules)
    {
        var container = Child(body, "maprules") ?? throw SecureXml.ErrorAt(fileName, body, "<body> has no <maprules>");
        var result = new List<SrxLanguageMap>();
        // SRX 1.0 wraps the maps in <maprule> elements; SRX 2.0 lists them directly.
        foreach (var element in container.Descendants().Where(e => e.Name.LocalName == "languagemap"))
        {
            var pattern = (string?)element.Attribute("languagepattern");
            var ruleName = (string?)element.Attribute("languagerulename");
            if (pattern is null || ruleName is null)
            {
                throw SecureXml.ErrorAt(fileName, element, "<languagemap> needs both languagepattern and languagerulename");
            }

            if (!languageRules.Exists(r => r.Name == ruleName))
            {
                throw SecureXml.ErrorAt(fileName, element, $"<languagemap> refers to languagerule '{ruleName}', which is not defined");
            }

            result.Add(new SrxLanguageMap(pattern, ruleName, SecureXml.PositionOf(element).Line));
        }

        return result;
    }

    private static bool YesNo(string fileName, XElement element, string attribute, bool defaultValue) =>
        ((string?)element.Attribute(attribute))?.Trim() switch
        {
            null => defaultValue,
            "yes" => true,
            "no" => false,
            var other => throw SecureXml.ErrorAt(fileName, element, $"{attribute}=\"{other}\" must be \"yes\" or \"no\""),
        };

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static IEnumerable<XElement> Children(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName);
}
