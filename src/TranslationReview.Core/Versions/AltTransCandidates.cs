using System.Text.RegularExpressions;
using System.Xml.Linq;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats.Xliff12;

namespace TranslationReview.Core.Versions;

/// <summary>Reads one XLIFF 1.2 <c>&lt;alt-trans&gt;</c>: its target, a label from <c>origin</c> or <c>tool-id</c>, and its <c>mid</c>.</summary>
internal static partial class AltTransCandidates
{
    public const string MidProperty = Xliff12Names.Mid;

    public static IEnumerable<(string? SegmentId, TranslationCandidate Candidate)> Read(XElement altTrans)
    {
        var target = altTrans.Elements().FirstOrDefault(e => e.Name.LocalName == "target");
        if (target is null)
        {
            yield break;
        }

        var content = Xliff12InlineReader.Read(target, target.Name.Namespace);
        if (content.PlainText.Trim().Length == 0)
        {
            yield break;
        }

        var origin = NonEmpty((string?)altTrans.Attribute("origin")) ?? NonEmpty((string?)altTrans.Attribute("tool-id"));
        var type = NonEmpty((string?)altTrans.Attribute("alttranstype"));
        var label = (origin ?? "alt-trans") + (type is null or "proposal" ? "" : $" ({type})");
        var machine = origin is not null && MachineTranslation().IsMatch(origin);
        yield return (NonEmpty((string?)altTrans.Attribute("mid")), new TranslationCandidate(0, content, label, machine));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Tools name their MT output "MT", "NMT", "Google MT", "machine translation"…
    [GeneratedRegex(@"\b(N?MT|machine)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MachineTranslation();
}
