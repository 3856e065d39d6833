using System.Globalization;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.PlainText;

/// <summary>
/// Paragraph membership of segments imported from plain text: <see cref="Segment.Properties"/>
/// <c>["paragraph"]</c> holds the 0-based paragraph index (invariant digits). Consecutive segments with the same
/// index form one paragraph; a segment without the property is a paragraph of its own.
/// </summary>
public static class ParagraphProperty
{
    /// <summary>The property name, <c>paragraph</c>.</summary>
    public const string Name = "paragraph";

    /// <summary>The property value for a paragraph index.</summary>
    public static string Format(int paragraphIndex) => paragraphIndex.ToString(CultureInfo.InvariantCulture);

    /// <summary>The segment's paragraph index, or null when it carries none (or an unreadable one).</summary>
    public static int? Of(Segment segment) =>
        segment.Properties.TryGetValue(Name, out var value)
        && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : null;
}
