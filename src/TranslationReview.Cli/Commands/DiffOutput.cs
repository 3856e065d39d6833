using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TranslationReview.Core.Diffing;

namespace TranslationReview.Cli.Commands;

/// <summary>The three renderings of <c>trv diff</c>: wdiff-style text, JSON and a standalone HTML page.</summary>
internal static class DiffOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task WriteTextAsync(Stream stream, IReadOnlyList<DiffLine> lines, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, Utf8, 65536, leaveOpen: true) { NewLine = "\n" };
        var line = new StringBuilder();
        foreach (var diffLine in lines)
        {
            line.Clear().Append(diffLine.Number.ToString(CultureInfo.InvariantCulture)).Append(": ");
            foreach (var span in diffLine.Diff.Spans)
            {
                _ = span.Kind switch
                {
                    DiffOperation.Delete => line.Append("[-").Append(span.Text).Append("-]"),
                    DiffOperation.Insert => line.Append("{+").Append(span.Text).Append("+}"),
                    _ => line.Append(span.Text),
                };
            }

            await writer.WriteLineAsync(line, cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task WriteJsonAsync(Stream stream, IReadOnlyList<DiffLine> lines, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("lines");
        foreach (var line in lines)
        {
            json.WriteStartObject();
            json.WriteNumber("line", line.Number);
            json.WriteNumber("similarity", Math.Round(line.Diff.Similarity, 3));
            WriteSpans(json, "spans", line.Diff.Spans);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        stream.WriteByte((byte)'\n');
    }

    public static async Task WriteHtmlAsync(Stream stream, IReadOnlyList<DiffLine> lines, string nameA, string nameB, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, Utf8, 65536, leaveOpen: true) { NewLine = "\n" };
        var title = Encode($"trv diff: {nameA} → {nameB}");
        await writer.WriteLineAsync($$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>{{title}}</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2rem; }
            table { border-collapse: collapse; }
            td { padding: .25rem .5rem; vertical-align: top; border-bottom: 1px solid #ddd; }
            td.line { color: #666; text-align: right; }
            del { background: #fdd; color: #800; }
            ins { background: #dfd; color: #060; text-decoration: none; }
            del mark { background: #f99; } ins mark { background: #9e9; }
            </style>
            </head>
            <body>
            <h1>{{title}}</h1>
            <p>{{lines.Count(l => !l.Diff.IsIdentical).ToString(CultureInfo.InvariantCulture)}} changed lines. Deleted text is struck through, inserted text underlined in green; changed letters are highlighted.</p>
            <table>
            """.AsMemory(), cancellationToken).ConfigureAwait(false);
        var row = new StringBuilder();
        foreach (var line in lines)
        {
            row.Clear().Append("<tr><td class=\"line\">").Append(line.Number.ToString(CultureInfo.InvariantCulture)).Append("</td><td>");
            var spans = line.Diff.Spans;
            for (var i = 0; i < spans.Count; i++)
            {
                var span = spans[i];
                var detail = span.Kind == DiffOperation.Delete && i + 1 < spans.Count ? spans[i + 1].CharacterDetail : span.CharacterDetail;
                _ = span.Kind switch
                {
                    DiffOperation.Delete => row.Append("<del>").Append(Letters(span, detail, DiffOperation.Delete)).Append("</del>"),
                    DiffOperation.Insert => row.Append("<ins>").Append(Letters(span, detail, DiffOperation.Insert)).Append("</ins>"),
                    _ => row.Append(Encode(span.Text)),
                };
            }

            row.Append("</td></tr>");
            await writer.WriteLineAsync(row, cancellationToken).ConfigureAwait(false);
        }

        await writer.WriteLineAsync("</table>\n</body>\n</html>".AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A deleted or inserted run, HTML-encoded, with its changed letters in <c>&lt;mark&gt;</c> when known.</summary>
    private static string Letters(DiffSpan span, IReadOnlyList<DiffSpan>? detail, DiffOperation side)
    {
        if (detail is null)
        {
            return Encode(span.Text);
        }

        var html = new StringBuilder();
        foreach (var letter in detail)
        {
            if (letter.Kind == DiffOperation.Equal)
            {
                html.Append(Encode(letter.Text));
            }
            else if (letter.Kind == side)
            {
                html.Append("<mark>").Append(Encode(letter.Text)).Append("</mark>");
            }
        }

        return html.ToString();
    }

    private static void WriteSpans(Utf8JsonWriter json, string name, IReadOnlyList<DiffSpan> spans)
    {
        json.WriteStartArray(name);
        foreach (var span in spans)
        {
            json.WriteStartObject();
            json.WriteString("op", span.Kind.ToString().ToLowerInvariant());
            json.WriteString("text", span.Text);
            if (span.CharacterDetail is { } detail)
            {
                WriteSpans(json, "chars", detail);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
