using System.Text;

namespace TranslationReview.Core.Metrics;

/// <summary>
/// Text handling shared by the metrics, matching Python's string semantics so that scores agree with sacreBLEU:
/// characters are Unicode code points (not UTF-16 units) and whitespace is what <c>str.split()</c> splits on.
/// </summary>
internal static class MetricText
{
    /// <summary>Python's <c>str.isspace</c> adds the information separators U+001C–U+001F to .NET's set.</summary>
    public static bool IsWhiteSpace(int codePoint) =>
        codePoint is >= 0x1C and <= 0x1F || (codePoint <= 0xFFFF && char.IsWhiteSpace((char)codePoint));

    /// <summary>The code points of <paramref name="text"/>, optionally without any whitespace.</summary>
    public static int[] CodePoints(string text, bool removeWhitespace)
    {
        var points = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!removeWhitespace || !IsWhiteSpace(rune.Value))
            {
                points.Add(rune.Value);
            }
        }

        return [.. points];
    }

    /// <summary>Whitespace-separated words, as Python's <c>str.split()</c> returns them.</summary>
    public static string[] Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWhiteSpace(rune.Value))
            {
                if (current.Length > 0)
                {
                    words.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(rune.ToString());
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return [.. words];
    }

    /// <summary>Fails with a clear message when the two sides are not line-aligned.</summary>
    public static void RequireSameCount(IReadOnlyList<string> hypotheses, IReadOnlyList<string> references)
    {
        ArgumentNullException.ThrowIfNull(hypotheses);
        ArgumentNullException.ThrowIfNull(references);
        if (hypotheses.Count != references.Count)
        {
            throw new ArgumentException(
                $"{hypotheses.Count} hypotheses but {references.Count} references; metrics need one reference per hypothesis",
                nameof(references));
        }
    }
}
