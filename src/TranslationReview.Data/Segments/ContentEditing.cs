using TranslationReview.Core.Documents;

namespace TranslationReview.Data.Segments;

/// <summary>
/// Cuts and joins segment content at plain-text offsets while keeping inline codes where they stand, for the
/// alignment repairs (merge, split, move a sentence).
/// </summary>
internal static class ContentEditing
{
    /// <summary>Joins two contents with one space between them (none when either side is empty).</summary>
    public static SegmentContent Join(SegmentContent first, SegmentContent second)
    {
        if (first.Elements.Count == 0 || (first.PlainText.Length == 0 && !first.HasCodes))
        {
            return second;
        }

        if (second.Elements.Count == 0 || (second.PlainText.Length == 0 && !second.HasCodes))
        {
            return first;
        }

        return Build([.. first.Elements, new TextRun(" "), .. second.Elements]);
    }

    /// <summary>
    /// Cuts content at a plain-text offset. A code exactly at the cut stays with the text it belongs to: closing
    /// codes end the head, opening and standalone codes start the tail.
    /// </summary>
    public static (SegmentContent Head, SegmentContent Tail) SplitAt(SegmentContent content, int offset)
    {
        var head = new List<InlineElement>();
        var tail = new List<InlineElement>();
        var consumed = 0;
        foreach (var element in content.Elements)
        {
            switch (element)
            {
                case TextRun run when consumed + run.Text.Length <= offset:
                    head.Add(run);
                    consumed += run.Text.Length;
                    break;
                case TextRun run when consumed >= offset:
                    tail.Add(run);
                    consumed += run.Text.Length;
                    break;
                case TextRun run:
                    var cut = offset - consumed;
                    head.Add(new TextRun(run.Text[..cut]));
                    tail.Add(new TextRun(run.Text[cut..]));
                    consumed += run.Text.Length;
                    break;
                case InlineCode code when consumed < offset || (consumed == offset && EndsSomething(code) && tail.Count == 0):
                    head.Add(code);
                    break;
                default:
                    tail.Add(element);
                    break;
            }
        }

        return (Trim(Build(head)), Trim(Build(tail)));
    }

    /// <summary>Removes white space at both ends of the content's text.</summary>
    public static SegmentContent Trim(SegmentContent content)
    {
        var elements = content.Elements.ToList();
        if (elements.Count > 0 && elements[0] is TextRun first)
        {
            elements[0] = new TextRun(first.Text.TrimStart());
        }

        if (elements.Count > 0 && elements[^1] is TextRun last)
        {
            elements[^1] = new TextRun(last.Text.TrimEnd());
        }

        return Build(elements);
    }

    private static bool EndsSomething(InlineCode code) =>
        code.Kind is InlineCodeKind.Closing or InlineCodeKind.AnnotationEnd;

    // Adjacent runs become one and empty runs go, so plain text stays a single run, equal to SegmentContent.FromText.
    private static SegmentContent Build(IEnumerable<InlineElement> elements)
    {
        var result = new List<InlineElement>();
        foreach (var element in elements)
        {
            if (element is TextRun { Text.Length: 0 })
            {
                continue;
            }

            if (element is TextRun run && result.Count > 0 && result[^1] is TextRun previous)
            {
                result[^1] = new TextRun(previous.Text + run.Text);
            }
            else
            {
                result.Add(element);
            }
        }

        return result.Count == 0 ? SegmentContent.Empty : new SegmentContent(result);
    }
}
