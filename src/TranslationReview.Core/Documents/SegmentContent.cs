using System.Text;

namespace TranslationReview.Core.Documents;

/// <summary>The content of one side of a segment: text runs interleaved with inline codes.</summary>
public sealed record SegmentContent
{
    /// <summary>Creates content from its elements in document order.</summary>
    public SegmentContent(IReadOnlyList<InlineElement> elements)
    {
        Elements = elements;
        PlainText = Flatten(elements);
    }

    /// <summary>Text runs and inline codes in document order.</summary>
    public IReadOnlyList<InlineElement> Elements { get; }

    /// <summary>The text with every inline code removed: what segmentation, alignment and checks see.</summary>
    public string PlainText { get; }

    /// <summary>True when the content carries at least one inline code.</summary>
    public bool HasCodes => Elements.Any(e => e is InlineCode);

    /// <summary>Empty content.</summary>
    public static SegmentContent Empty { get; } = new([]);

    /// <summary>Content made of plain text only.</summary>
    public static SegmentContent FromText(string text) =>
        text.Length == 0 ? Empty : new SegmentContent([new TextRun(text)]);

    /// <inheritdoc />
    public bool Equals(SegmentContent? other) =>
        other is not null && Elements.Count == other.Elements.Count && Elements.SequenceEqual(other.Elements, ElementComparer.Instance);

    /// <inheritdoc />
    public override int GetHashCode() => PlainText.GetHashCode(StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => PlainText;

    private static string Flatten(IReadOnlyList<InlineElement> elements)
    {
        if (elements.Count == 1 && elements[0] is TextRun single)
        {
            return single.Text;
        }

        var text = new StringBuilder();
        foreach (var element in elements)
        {
            if (element is TextRun run)
            {
                text.Append(run.Text);
            }
        }

        return text.ToString();
    }

    /// <summary>Compares inline codes by value, attributes included.</summary>
    private sealed class ElementComparer : IEqualityComparer<InlineElement>
    {
        public static readonly ElementComparer Instance = new();

        public bool Equals(InlineElement? x, InlineElement? y) => (x, y) switch
        {
            (TextRun a, TextRun b) => a.Text == b.Text,
            (InlineCode a, InlineCode b) => a.Kind == b.Kind && a.Id == b.Id && a.Element == b.Element
                && a.NativeData == b.NativeData && a.Attributes.Count == b.Attributes.Count
                && a.Attributes.All(kv => b.Attributes.TryGetValue(kv.Key, out var v) && v == kv.Value),
            _ => false,
        };

        public int GetHashCode(InlineElement obj) => obj switch
        {
            TextRun run => run.Text.GetHashCode(StringComparison.Ordinal),
            InlineCode code => HashCode.Combine(code.Kind, code.Id, code.Element),
            _ => 0,
        };
    }
}
