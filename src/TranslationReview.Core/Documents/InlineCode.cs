namespace TranslationReview.Core.Documents;

/// <summary>
/// A formatting or placeholder code inside segment text (a tag of the original document), kept so that a
/// round trip through any bilingual format gives the codes back.
/// </summary>
/// <param name="Kind">Opening, closing, standalone or annotation boundary.</param>
/// <param name="Id">The code's id; an opening and its closing code share it.</param>
/// <param name="Element">The element name the code was read from (<c>g</c>, <c>x</c>, <c>bpt</c>, <c>pc</c>, <c>sc</c>…), so the same format writes it back unchanged.</param>
/// <param name="Attributes">Other attributes of the element, by qualified name (<c>ctype</c>, <c>equiv-text</c>, <c>dataRef</c>…).</param>
/// <param name="NativeData">The original code the tag stands for (TMX/XLIFF 1.2 <c>&lt;bpt&gt;</c> content, XLIFF 2 <c>&lt;data&gt;</c>), when known.</param>
public sealed record InlineCode(
    InlineCodeKind Kind,
    string Id,
    string Element,
    IReadOnlyDictionary<string, string> Attributes,
    string? NativeData = null) : InlineElement
{
    /// <summary>An empty attribute set, for codes that carry none.</summary>
    public static IReadOnlyDictionary<string, string> NoAttributes { get; } = new Dictionary<string, string>();
}
