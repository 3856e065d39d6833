using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Tsv;

/// <summary>
/// Reads tab-separated bilingual text: one segment per line, <c>source&lt;TAB&gt;target</c>, optionally
/// <c>source&lt;TAB&gt;target&lt;TAB&gt;state</c>.
/// </summary>
/// <remarks>
/// <para>Encoding: UTF-8 with or without a byte order mark, or UTF-16 with one (see <see cref="TextDecoding"/>);
/// lines may end in CRLF, LF or CR. Blank lines are skipped.</para>
/// <para>Escapes: <c>\t</c>, <c>\n</c>, <c>\r</c> and <c>\\</c> stand for a tab, line feed, carriage return and
/// backslash inside a segment; a backslash before any other character is kept literally.</para>
/// <para>State column: <c>new</c>, <c>translated</c>, <c>needs-review</c>, <c>approved</c> or <c>rejected</c>
/// (any case). Without it, or when it is empty, a segment with a target is Translated and one without is New.</para>
/// <para>Languages: TSV has no header, so they come from <see cref="ReadOptions.SourceLanguage"/> and
/// <see cref="ReadOptions.TargetLanguage"/>, or <c>und</c> (undetermined).</para>
/// <para>Segment ids are the 1-based segment numbers in file order. There is no header row: a first line such as
/// <c>Source&lt;TAB&gt;Target</c> is read as a segment.</para>
/// </remarks>
public sealed class TsvReader : IBilingualReader
{
    /// <summary>The language tag used when the caller does not name one.</summary>
    public const string UndeterminedLanguage = "und";

    private const int DetectionLines = 5;

    /// <inheritdoc />
    public string FormatId => "tsv";

    /// <summary>
    /// True for content whose first non-empty lines each hold exactly one tab (or a second tab before a state
    /// name), and for <c>.tsv</c>/<c>.tab</c> files; never for XML or binary content.
    /// </summary>
    public bool CanRead(string fileName, string head)
    {
        var start = head.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (start.StartsWith("<", StringComparison.Ordinal) || LooksBinary(head))
        {
            return false;
        }

        var extension = Path.GetExtension(fileName);
        if (extension.Equals(".tsv", StringComparison.OrdinalIgnoreCase) || extension.Equals(".tab", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var lines = CompleteLines(head).Where(l => !string.IsNullOrWhiteSpace(l)).Take(DetectionLines).ToList();
        return lines.Count > 0 && lines.All(LooksLikeSegmentLine);
    }

    /// <inheritdoc />
    public async Task<BilingualDocument> ReadAsync(Stream input, string fileName, ReadOptions options, CancellationToken cancellationToken)
    {
        using var buffer = await FileSizeLimit.ReadAllAsync(input, fileName, options, cancellationToken).ConfigureAwait(false);
        var text = TextDecoding.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), fileName);

        var segments = new List<Segment>();
        foreach (var (number, line) in TextLines.Split(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!string.IsNullOrWhiteSpace(line))
            {
                segments.Add(ParseLine(line, number, (segments.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), fileName));
            }
        }

        if (segments.Count == 0)
        {
            throw new DocumentFormatException(fileName, "the file holds no segments (expected source<TAB>target per line)");
        }

        return new BilingualDocument(
            fileName,
            options.SourceLanguage ?? UndeterminedLanguage,
            options.TargetLanguage ?? UndeterminedLanguage,
            segments);
    }

    private static Segment ParseLine(string line, int lineNumber, string id, string fileName)
    {
        var firstTab = line.IndexOf('\t', StringComparison.Ordinal);
        if (firstTab < 0)
        {
            throw new DocumentFormatException(fileName, lineNumber, 1,
                "the line has no tab; expected source<TAB>target (write a tab inside a segment as \\t)");
        }

        var secondTab = line.IndexOf('\t', firstTab + 1);
        var thirdTab = secondTab < 0 ? -1 : line.IndexOf('\t', secondTab + 1);
        if (thirdTab >= 0)
        {
            throw new DocumentFormatException(fileName, lineNumber, thirdTab + 1,
                "too many columns; expected source<TAB>target or source<TAB>target<TAB>state (write a tab inside a segment as \\t)");
        }

        var source = TsvEscaping.Unescape(line[..firstTab]);
        var target = TsvEscaping.Unescape(secondTab < 0 ? line[(firstTab + 1)..] : line[(firstTab + 1)..secondTab]);
        var state = TsvStateNames.Implied(target.Length > 0);
        if (secondTab >= 0)
        {
            var stateText = line[(secondTab + 1)..];
            if (stateText.Trim().Length > 0 && !TsvStateNames.TryParse(stateText, out state))
            {
                throw new DocumentFormatException(fileName, lineNumber, secondTab + 2,
                    $"'{stateText.Trim()}' in the third column is not a segment state; expected one of {TsvStateNames.Known}");
            }
        }

        return new Segment(id, SegmentContent.FromText(source), target.Length == 0 ? null : SegmentContent.FromText(target), state);
    }

    private static bool LooksLikeSegmentLine(string line)
    {
        var tabs = line.Count(c => c == '\t');
        return tabs == 1 || (tabs == 2 && TsvStateNames.TryParse(line[(line.LastIndexOf('\t') + 1)..], out _));
    }

    /// <summary>The lines of a head ending in a line break; the last one may be cut off, so it counts only when it is the only line.</summary>
    private static IEnumerable<string> CompleteLines(string head)
    {
        var lines = TextLines.Split(head).Select(l => l.Text).ToList();
        var endsWithBreak = head.EndsWith('\n') || head.EndsWith('\r');
        return endsWithBreak || lines.Count <= 1 ? lines : lines.Take(lines.Count - 1);
    }

    private static bool LooksBinary(string head) =>
        head.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'));
}
