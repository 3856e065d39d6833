using System.Globalization;
using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff12;

/// <summary>Gives each <c>&lt;file&gt;</c> the id its segments carry: its <c>original</c>, made unique.</summary>
internal sealed class Xliff12FileIds
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private int _count;

    public string Next(XElement file)
    {
        _count++;
        var original = (string?)file.Attribute("original") ?? "file" + _count.ToString(CultureInfo.InvariantCulture);
        var n = _seen[original] = _seen.GetValueOrDefault(original) + 1;
        return n == 1 ? original : original + "#" + n.ToString(CultureInfo.InvariantCulture);
    }
}
