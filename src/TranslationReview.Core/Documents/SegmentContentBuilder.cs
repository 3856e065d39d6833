using System.Text;

namespace TranslationReview.Core.Documents;

/// <summary>
/// Builds <see cref="SegmentContent"/> piece by piece, as format readers meet text and inline codes: adjacent
/// text is joined into one run, and content without codes becomes plain text.
/// </summary>
public sealed class SegmentContentBuilder
{
    private readonly List<InlineElement> _elements = [];
    private readonly StringBuilder _text = new();

    /// <summary>Appends text to the current run.</summary>
    public void AppendText(string text) => _text.Append(text);

    /// <summary>Appends an inline code after the text so far.</summary>
    public void AppendCode(InlineCode code)
    {
        FlushText();
        _elements.Add(code);
    }

    /// <summary>The content appended so far.</summary>
    public SegmentContent Build()
    {
        FlushText();
        return _elements switch
        {
            [] => SegmentContent.Empty,
            [TextRun only] => SegmentContent.FromText(only.Text),
            _ => new SegmentContent([.. _elements]),
        };
    }

    /// <summary>Starts again with empty content, so one builder can serve many segments.</summary>
    public void Clear()
    {
        _elements.Clear();
        _text.Clear();
    }

    private void FlushText()
    {
        if (_text.Length > 0)
        {
            _elements.Add(new TextRun(_text.ToString()));
            _text.Clear();
        }
    }
}
