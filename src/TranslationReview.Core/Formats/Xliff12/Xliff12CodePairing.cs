using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Xliff12;

/// <summary>Finds the opening/closing codes that can be written as one spanning element (<c>&lt;g&gt;</c>, <c>&lt;mrk&gt;</c>).</summary>
internal static class Xliff12CodePairing
{
    /// <summary>
    /// Indexes of codes that form well-nested pairs (same id, nothing crossing them) and may span: <c>g</c> and
    /// foreign codes without native data, and annotations. <c>bx</c>/<c>bpt</c> codes are never merged into a span.
    /// </summary>
    public static HashSet<int> FindWellNestedPairs(IReadOnlyList<InlineElement> elements)
    {
        var paired = new HashSet<int>();
        var stack = new List<int>();
        for (var i = 0; i < elements.Count; i++)
        {
            if (elements[i] is not InlineCode code)
            {
                continue;
            }

            if (IsSpanStart(code))
            {
                stack.Add(i);
            }
            else if (IsSpanEnd(code))
            {
                var top = stack.Count - 1;
                if (top >= 0 && Matches((InlineCode)elements[stack[top]], code))
                {
                    paired.Add(stack[top]);
                    paired.Add(i);
                    stack.RemoveAt(top);
                }
                else
                {
                    // A crossing or unmatched end: everything still open cannot be written as a span either.
                    stack.Clear();
                }
            }
        }

        return paired;
    }

    private static bool IsSpanStart(InlineCode code) =>
        code.Kind == InlineCodeKind.AnnotationStart
        || (code.Kind == InlineCodeKind.Opening && CanSpan(code));

    private static bool IsSpanEnd(InlineCode code) =>
        code.Kind == InlineCodeKind.AnnotationEnd
        || (code.Kind == InlineCodeKind.Closing && CanSpan(code));

    private static bool CanSpan(InlineCode code) =>
        code.Element == "g" || (code.Element is not ("bx" or "ex" or "bpt" or "ept" or "it") && string.IsNullOrEmpty(code.NativeData));

    private static bool Matches(InlineCode start, InlineCode end) =>
        start.Id == end.Id
        && (start.Kind == InlineCodeKind.AnnotationStart) == (end.Kind == InlineCodeKind.AnnotationEnd);
}
