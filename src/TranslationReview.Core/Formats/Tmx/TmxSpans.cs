using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Tmx;

/// <summary>Finds which codes of a segment can be written as TMX pairs and highlight spans.</summary>
internal static class TmxSpans
{
    /// <summary>Ids that have both an opening and a later closing code (so <c>&lt;bpt&gt;</c>/<c>&lt;ept&gt;</c>, not <c>&lt;it&gt;</c>).</summary>
    public static HashSet<string> FindPairedIds(IReadOnlyList<InlineElement> elements)
    {
        var opened = new HashSet<string>(StringComparer.Ordinal);
        var paired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in elements.OfType<InlineCode>())
        {
            if (code.Kind == InlineCodeKind.Opening)
            {
                opened.Add(code.Id);
            }
            else if (code.Kind == InlineCodeKind.Closing && opened.Contains(code.Id))
            {
                paired.Add(code.Id);
            }
        }

        return paired;
    }

    /// <summary>Indexes of well-nested <c>&lt;hi&gt;</c> codes and annotations, written as <c>&lt;hi&gt;</c> spans.</summary>
    public static HashSet<int> FindWellNestedHighlights(IReadOnlyList<InlineElement> elements)
    {
        var spans = new HashSet<int>();
        var stack = new List<int>();
        for (var i = 0; i < elements.Count; i++)
        {
            if (elements[i] is not InlineCode code || !IsHighlight(code))
            {
                continue;
            }

            if (code.Kind is InlineCodeKind.Opening or InlineCodeKind.AnnotationStart)
            {
                stack.Add(i);
            }
            else if (stack.Count > 0 && ((InlineCode)elements[stack[^1]]).Id == code.Id)
            {
                spans.Add(stack[^1]);
                spans.Add(i);
                stack.RemoveAt(stack.Count - 1);
            }
            else
            {
                stack.Clear();
            }
        }

        return spans;
    }

    private static bool IsHighlight(InlineCode code) =>
        code.Kind is InlineCodeKind.AnnotationStart or InlineCodeKind.AnnotationEnd
        || (code.Element == "hi" && code.Kind is InlineCodeKind.Opening or InlineCodeKind.Closing);
}
