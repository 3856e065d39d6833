using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TranslationReview.Core.Checks;
using TranslationReview.Core.Scoring;

namespace TranslationReview.Cli.Commands;

/// <summary>Writes the result of <c>trv check</c> as JSON or as one line per issue.</summary>
public static class CheckReport
{
    /// <summary>The JSON contract: segments, issues with UTF-16 spans, and the MQM score (mqm to one decimal).</summary>
    public static async Task WriteJsonAsync(Stream stream, IReadOnlyList<CheckSegment> segments, IReadOnlyList<CheckFinding> findings,
        MqmScore score, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("segments");
        foreach (var segment in segments)
        {
            json.WriteStartObject();
            json.WriteNumber("index", segment.Number);
            json.WriteString("source", segment.Source);
            json.WriteString("target", segment.Target);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("issues");
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteNumber("segment", finding.SegmentNumber);
            json.WriteString("check", finding.CheckId);
            json.WriteString("category", finding.Category.ToName());
            json.WriteString("severity", SeverityName(finding.Severity));
            WriteSpan(json, "target", finding.Target);
            WriteSpan(json, "source", finding.Source);
            json.WriteString("message", finding.Message);
            json.WriteString("suggestion", finding.Suggestion);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("score");
        json.WriteNumber("words", score.Words);
        json.WriteNumber("penalty", score.Penalty);
        json.WriteNumber("mqm", Math.Round(score.Quality, 1, MidpointRounding.AwayFromZero));
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        stream.WriteByte((byte)'\n');
    }

    /// <summary>One line per issue, <c>segment N: severity category check: message (suggest: X)</c>, then the score line.</summary>
    public static async Task WriteTextAsync(Stream stream, IReadOnlyList<CheckFinding> findings, MqmScore score, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 65536, leaveOpen: true) { NewLine = "\n" };
        foreach (var finding in findings)
        {
            var suggestion = finding.Suggestion is null ? string.Empty : $" (suggest: {finding.Suggestion})";
            var line = string.Create(CultureInfo.InvariantCulture,
                $"segment {finding.SegmentNumber}: {SeverityName(finding.Severity)} {finding.Category.ToName()} {finding.CheckId}: {finding.Message}{suggestion}");
            await writer.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        var mqm = Math.Round(score.Quality, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
        await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"score: mqm {mqm} (words {score.Words}, penalty {score.Penalty}, issues {score.ErrorCount})").AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The lower-case severity name of the contract: neutral, minor, major, critical.</summary>
    public static string SeverityName(Severity severity) => severity.ToString().ToLowerInvariant();

    private static void WriteSpan(Utf8JsonWriter json, string name, TextSpan? span)
    {
        if (span is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("start", span.Start);
        json.WriteNumber("length", span.Length);
        json.WriteString("text", span.Text);
        json.WriteEndObject();
    }
}
