using System.Text;
using TranslationReview.Core.Segmentation;

namespace TranslationReview.Core.Tests.Segmentation;

/// <summary>Builds small SRX documents inline for engine tests.</summary>
internal static class SrxFixture
{
    public const string BreakAtFullStop = """<rule break="yes"><beforebreak>\.</beforebreak><afterbreak>\s</afterbreak></rule>""";

    public const string KeepDoctor = """<rule break="no"><beforebreak>\bDr\.</beforebreak><afterbreak>\s</afterbreak></rule>""";

    /// <summary>An SRX 2.0 document with the given header cascade, language rules (name → rules XML) and maps (pattern → name).</summary>
    public static string Document(bool cascade, (string Name, string Rules)[] languageRules, (string Pattern, string Name)[] maps)
    {
        var rules = string.Concat(languageRules.Select(r => $"""<languagerule languagerulename="{r.Name}">{r.Rules}</languagerule>"""));
        var mapRules = string.Concat(maps.Select(m => $"""<languagemap languagepattern="{m.Pattern}" languagerulename="{m.Name}"/>"""));
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <srx xmlns="http://www.lisa.org/srx20" version="2.0">
              <header segmentsubflows="yes" cascade="{(cascade ? "yes" : "no")}"/>
              <body>
                <languagerules>{rules}</languagerules>
                <maprules>{mapRules}</maprules>
              </body>
            </srx>
            """;
    }

    /// <summary>A document with one language rule used for every language.</summary>
    public static string SingleRule(string rules) => Document(false, [("All", rules)], [(".*", "All")]);

    public static Task<SrxSegmenter> LoadAsync(string srx, string fileName = "rules.srx") =>
        SrxSegmenter.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(srx)), fileName, CancellationToken.None);
}
